/// Rule `lists`: bullet (`•`, `-`, `*`, `–`, `+`, `·`) and numbered (`1.`, `1)`) items. An
/// item's continuation lines are indented past its marker; consecutive items make one list.
enum Lists {
    static let rule = "lists"

    struct Marker {
        var kind: Para.Kind
        var rest: Substring
    }

    static func marker(_ s: Substring) -> Marker? {
        guard let lead = s.utf8.first, lead == 0x2D || lead == 0x2A || lead == 0x2B || lead >= 0x80 || (lead >= 0x30 && lead <= 0x39),
              let first = s.first else { return nil }
        if "•·-*–+▪◦".contains(first) {
            let rest = s.dropFirst()
            guard let next = rest.first, next == " " || next == "\t" else { return nil }
            let body = rest.drop(while: { $0 == " " || $0 == "\t" })
            guard !body.isEmpty, !(first == "-" && body.hasPrefix("-")) else { return nil }
            return Marker(kind: .bulletItem, rest: body)
        }
        guard first.isASCIIDigit else { return nil }
        let digits = s.prefix(while: \.isASCIIDigit)
        guard digits.count <= 3, let number = Int(digits) else { return nil }
        let after = s[digits.endIndex...]
        guard let delimiter = after.first, delimiter == "." || delimiter == ")" else { return nil }
        let rest = after.dropFirst()
        guard let space = rest.first, space == " " || space == "\t" else { return nil }
        let body = rest.drop(while: { $0 == " " || $0 == "\t" })
        guard let lead = body.first, !lead.isLowercase else { return nil }
        return Marker(kind: .orderedItem(number: number, delimiter: delimiter), rest: body)
    }

    /// Whether a numbered line is the wrapped end of a sentence (`… Id., at` / `484. The Court …`,
    /// `Reply Brief 7–` / `8. The Court's …`) rather than an item: it follows, inside a paragraph
    /// that is no list item, a line that fills the wrap column.
    static func isWrappedNumber(_ marker: Marker, after previous: SourceLine?, wrapColumn: Int?) -> Bool {
        guard case .orderedItem = marker.kind, let previous, let wrapColumn, wrapColumn >= 40 else { return false }
        return previous.text.utf8.count * 4 >= wrapColumn * 3
    }
}

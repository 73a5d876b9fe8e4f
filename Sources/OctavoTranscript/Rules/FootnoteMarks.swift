import OctavoCore

/// Rule `footnotes`: a mark after a word or punctuation (`…in Ukraine.”,**`, `word*`, `word†`,
/// `word[3]`) whose note comes later as a paragraph opening with the same mark
/// (`**Shoutout to …`, `[3] See …`) → a footnote attached where the mark was; the note leaves
/// the body. Marks without a note and notes without a mark are left as they are.
enum FootnoteMarks {
    static let rule = "footnotes"

    /// The mark a note paragraph opens with (`*`, `**`, `†`, `[3]`), and the note text.
    static func noteMark(_ text: String) -> (mark: String, body: Substring)? {
        if text.hasPrefix("[") {
            let digits = text.dropFirst().prefix(while: \.isASCIIDigit)
            guard !digits.isEmpty, digits.count <= 3 else { return nil }
            let afterDigits = text.dropFirst(1 + digits.count)
            guard afterDigits.hasPrefix("]") else { return nil }
            let body = afterDigits.dropFirst().drop(while: { $0 == " " })
            return body.isEmpty ? nil : ("[\(digits)]", body)
        }
        let mark = text.prefix(while: { $0 == "*" || $0 == "†" || $0 == "‡" })
        guard !mark.isEmpty, mark.count <= 3 else { return nil }
        let body = text[mark.endIndex...].drop(while: { $0 == " " })
        guard let first = body.first, first.isLetter || first.isNumber else { return nil }
        if mark.hasPrefix("*"), body.contains("**") { return nil } // **bold** text, not a note
        return (String(mark), body)
    }

    /// Where `mark` stands as a reference in `text` (after a non-blank, before a blank or the end).
    static func reference(_ mark: String, in text: String) -> Range<String.Index>? {
        if mark.allSatisfy(\.isASCIIDigit) { return numberReference(mark, in: text) }
        var searchStart = text.startIndex
        while let r = text.range(of: mark, range: searchStart..<text.endIndex) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            let markChar = mark.first!
            if let before, before != " ", before != markChar, after == nil || after == " " || (after.map { ",.;:".contains($0) } ?? false) {
                return r
            }
            searchStart = r.upperBound
        }
        return nil
    }

    /// A note number set after a word or its punctuation (`Code’s.1 Minne-`, `rule.2 And`,
    /// `355–358.3`), the last in `text`: never after a blank, a digit, `*` or `§`, and followed by
    /// a blank or the end.
    static func numberReference(_ mark: String, in text: String) -> Range<String.Index>? {
        var end = text.endIndex
        while let r = text.range(of: mark, options: .backwards, range: text.startIndex..<end) {
            end = r.lowerBound
            guard r.lowerBound != text.startIndex, r.upperBound == text.endIndex || text[r.upperBound] == " " else { continue }
            let before = text[text.index(before: r.lowerBound)]
            if before.isLetter || ".,;:”’)\"'".contains(before) { return r }
        }
        return nil
    }
}

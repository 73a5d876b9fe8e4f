/// One line of the input after splitting and clean-up, with its 1-based line number.
struct SourceLine {
    /// The text without the line ending, trailing blanks or invisible characters.
    var text: String
    /// 1-based number in the input.
    var number: Int
    /// Columns of leading white space (a tab counts as four).
    var indent: Int
    /// A form feed came before this line (a page break in PDF and printer output).
    var startsPage = false
    /// Set by rules that take the line out of the body (page furniture, boilerplate).
    var removed = false
    /// Set with `removed` for page furniture: the gap it leaves is a page break.
    var furniture = false

    /// Kinds of bytes the line holds, noted while splitting.
    struct Flags: OptionSet {
        let rawValue: UInt8
        static let nonASCII = Flags(rawValue: 1)
        static let control = Flags(rawValue: 2)
        static let backslash = Flags(rawValue: 4)
        static let angle = Flags(rawValue: 8)
        static let brace = Flags(rawValue: 16)
        static let all = Flags(rawValue: 0xFF)
    }

    /// What the line may hold; ``Flags/all`` when unknown.
    var flags: Flags

    init(text: String, number: Int, flags: Flags = .all) {
        self.text = text
        self.number = number
        self.flags = flags
        self.indent = Self.indentation(of: text)
    }

    /// Whether the line holds nothing but white space.
    var isBlank: Bool { indent == Int.max }

    /// The text without its leading white space.
    var content: Substring {
        let u = text.utf8
        var i = u.startIndex
        while i != u.endIndex, u[i] == 0x20 || u[i] == 0x09 { i = u.index(after: i) }
        return text[i...]
    }

    /// Replaces the text and recomputes the indentation.
    mutating func setText(_ newText: String) {
        text = newText
        flags = .all
        indent = Self.indentation(of: newText)
    }

    static func indentation(of text: String) -> Int {
        var columns = 0
        for byte in text.utf8 {
            switch byte {
            case 0x20: columns += 1
            case 0x09: columns += 4
            default: return columns
            }
        }
        return Int.max
    }
}

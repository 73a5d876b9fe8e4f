/// Rule `double-spacing`: typewriter and court-reporter text puts a blank line after every
/// line. When nearly every pair of neighbouring lines is one blank line apart, and the lines
/// are wrapped (most end mid-sentence, few are long), single blank lines are read as plain line
/// breaks; paragraphs then come from indentation and labels. Text with one paragraph a line,
/// blank-separated, is not double-spaced: its lines end sentences.
enum DoubleSpacing {
    static let rule = "double-spacing"

    /// `.`, `?`, `!`, `:`, `;`, `"`, `)`, `]`, or the last byte of `”` / `’`.
    static func endsSentence(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x3F || byte == 0x21 || byte == 0x3A || byte == 0x3B || byte == 0x22 || byte == 0x29 || byte == 0x5D
            || byte == 0x9D || byte == 0x99
    }

    static func isDoubleSpaced(_ lines: [SourceLine]) -> Bool {
        var adjacent = 0, oneApart = 0, total = 0, unfinished = 0, long = 0
        var blanks = -1
        for index in lines.indices where !lines[index].removed {
            if lines[index].isBlank { if blanks >= 0 { blanks += 1 }; continue }
            total += 1
            let bytes = lines[index].text.utf8
            if let last = bytes.last, !Self.endsSentence(last) { unfinished += 1 }
            if bytes.count > 100 { long += 1 }
            if blanks == 0 { adjacent += 1 } else if blanks == 1 { oneApart += 1 }
            blanks = 0
        }
        return oneApart >= 20 && adjacent * 10 < oneApart && unfinished * 2 >= total && long * 10 < total
    }
}

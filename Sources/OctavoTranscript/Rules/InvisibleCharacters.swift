/// Rule `invisible`: non-breaking spaces become spaces; zero-width characters, soft hyphens,
/// byte-order marks and stray control characters go; trailing blanks are trimmed.
enum InvisibleCharacters {
    static let rule = "invisible"

    /// The cleaned line and whether anything other than trailing blanks changed.
    static func clean(_ text: String) -> (text: String, changed: Bool) {
        var needsScan = false
        for byte in text.utf8 where byte >= 0xC2 || (byte < 0x20 && byte != 0x09) {
            if byte == 0xC2 || byte == 0xE2 || byte == 0xEF || byte < 0x20 { needsScan = true; break }
        }
        var result = text
        var changed = false
        if needsScan {
            var out = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0xA0, 0x2007, 0x202F: out.append(" "); changed = true
                case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD: changed = true
                case 0x09: out.append(scalar)
                case 0x00..<0x20, 0x7F, 0x80..<0xA0: changed = true
                default: out.append(scalar)
                }
            }
            if changed { result = String(out) }
        }
        return (trimTrailing(result), changed)
    }

    static func trimTrailing(_ text: String) -> String {
        let u = text.utf8
        var end = u.endIndex
        while end != u.startIndex {
            let before = u.index(before: end)
            if u[before] == 0x20 || u[before] == 0x09 { end = before } else { break }
        }
        return end == u.endIndex ? text : String(text[..<end])
    }
}

/// Escapes text for Markdown: a backslash goes only before a character that would otherwise be
/// read as markup there, so ordinary prose stays as it was written.
struct MarkdownEscaper {
    /// Whether GitHub's extensions are read (`~` strikes through, `www.` and `http:` link, `|` makes tables).
    let gfm: Bool

    /// Where a run of text stands, which decides what in it is markup.
    struct Place {
        /// The run starts a line: block markers (`#`, `>`, `-`, `1.`…) there must be escaped.
        var atLineStart = false
        /// Inside link text or image alt text, where `]` would close the brackets.
        var inBrackets = false
        /// A link follows the run, so a final `!` would make it an image.
        var beforeLink = false
        /// GitHub's bare autolinks (`www.`, `http:`, `a@b.c`) are wanted here, not escaped.
        var allowsAutolinks = false
    }

    /// `text` escaped for its `place`. A line end in the text is written `&#10;`, and a space or
    /// tab starting a line `&#32;` or `&#9;` (Markdown would drop it, or read four as code).
    func escape(_ text: String, at place: Place) -> String {
        if isPlain(text, at: place) { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count + 8)
        let lineStartEscape = place.atLineStart ? lineStartMarker(in: scalars) : nil
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\n" || scalar == "\r" {
                out.append(contentsOf: scalar == "\n" ? "&#10;".unicodeScalars : "&#13;".unicodeScalars)
                continue
            }
            if i == 0, place.atLineStart, scalar == " " || scalar == "\t" {
                out.append(contentsOf: (scalar == " " ? "&#32;" : "&#9;").unicodeScalars)
                continue
            }
            if i == lineStartEscape || needsEscape(scalars, i, place) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    /// Whether `text` needs no escape at all: no byte that could be markup anywhere, and an
    /// ordinary start and end. Most text is like this; the check is one pass over its bytes.
    private func isPlain(_ text: String, at place: Place) -> Bool {
        let utf8 = text.utf8
        if place.atLineStart {
            guard let first = utf8.first else { return true }
            if !Self.isLetterByte(first) { return false }
        }
        if place.beforeLink, utf8.last == UInt8(ascii: "!") { return false }
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "\n"),
                 UInt8(ascii: "\r"), UInt8(ascii: "@"):
                return false
            case UInt8(ascii: "."), UInt8(ascii: ":"):
                // `www.` and `http:` may link in GitHub's Markdown: look closer.
                if gfm, previous == UInt8(ascii: "w") || previous == UInt8(ascii: "W") || previous == UInt8(ascii: "p")
                    || previous == UInt8(ascii: "s") && beforePrevious == UInt8(ascii: "p") { return false }
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return true
    }

    private static func isLetterByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte >= 0x80 && byte != 0xC2
    }

    /// The index of the character that would make the line a block marker, if any.
    private func lineStartMarker(in s: [Unicode.Scalar]) -> Int? {
        guard let first = s.first else { return nil }
        let next: Unicode.Scalar? = s.count > 1 ? s[1] : nil
        let spaceOrEnd = next == nil || next == " " || next == "\t"
        switch first {
        case "#":
            let run = s.prefix { $0 == "#" }.count
            return run <= 6 && (run == s.count || s[run] == " " || s[run] == "\t") ? 0 : nil
        case ">", "=": return 0
        case "+": return spaceOrEnd ? 0 : nil
        case "-": return spaceOrEnd || next == "-" ? 0 : nil
        case "|": return gfm ? 0 : nil
        case ":": return gfm && next == "-" ? 0 : nil
        case "~": return !gfm && s.prefix(3).allSatisfy { $0 == "~" } && s.count >= 3 ? 0 : nil
        case "0"..."9":
            let digits = s.prefix { ("0"..."9").contains($0) }.count
            guard digits <= 9, digits < s.count, s[digits] == "." || s[digits] == ")" else { return nil }
            let after = digits + 1
            return after == s.count || s[after] == " " || s[after] == "\t" ? digits : nil
        default: return nil
        }
    }

    private func needsEscape(_ s: [Unicode.Scalar], _ i: Int, _ place: Place) -> Bool {
        let c = s[i]
        let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        switch c {
        case "\\": return next == nil || Self.isASCIIPunctuation(next!)
        case "`", "*", "[": return true
        case "]": return place.inBrackets
        case "_":
            // Inside a word `_` cannot open or close emphasis.
            guard i > 0, let next else { return true }
            return !(Self.isWordCharacter(s[i - 1]) && Self.isWordCharacter(next))
        case "~": return gfm
        case "<":
            guard let next else { return true }
            return next.properties.isAlphabetic && next.isASCII || next == "/" || next == "!" || next == "?"
        case "&": return Self.startsEntity(s, at: i)
        case "!": return next == nil && place.beforeLink
        case ".": return gfm && !place.allowsAutolinks && Self.endsWWW(s, at: i)
        case ":": return gfm && !place.allowsAutolinks && next == "/" && Self.endsScheme(s, at: i)
        case "@": return gfm && !place.allowsAutolinks && i > 0 && Self.isWordCharacter(s[i - 1])
        default: return false
        }
    }

    static func isASCIIPunctuation(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (("!"..."/").contains(c) || (":"..."@").contains(c) || ("["..."`").contains(c) || ("{"..."~").contains(c))
    }

    private static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// `&name;`, `&#123;` or `&#x1F;`: what Markdown would decode as a character reference.
    private static func startsEntity(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i + 1
        guard j < s.count else { return false }
        if s[j] == "#" {
            j += 1
            let hex = j < s.count && (s[j] == "x" || s[j] == "X")
            if hex { j += 1 }
            let start = j
            while j < s.count, j - start < 8, hex ? s[j].properties.isASCIIHexDigit : ("0"..."9").contains(s[j]) { j += 1 }
            return j > start && j < s.count && s[j] == ";"
        }
        let start = j
        while j < s.count, j - start < 33, s[j].isASCII, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) { j += 1 }
        return j > start && j < s.count && s[j] == ";"
    }

    /// The `.` of `www.` at a word start, which GitHub's Markdown turns into a link.
    private static func endsWWW(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 3, s[i - 3] == "w" || s[i - 3] == "W", s[i - 2] == "w" || s[i - 2] == "W",
              s[i - 1] == "w" || s[i - 1] == "W" else { return false }
        return i == 3 || !isWordCharacter(s[i - 4])
    }

    /// The `:` of `http:`, `https:` or `ftp:` followed by `/`, which GitHub's Markdown links.
    private static func endsScheme(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        let before = String(String.UnicodeScalarView(s[max(0, i - 5)..<i])).lowercased()
        return before.hasSuffix("http") || before.hasSuffix("https") || before.hasSuffix("ftp")
    }
}

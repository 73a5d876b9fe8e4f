/// The verbatim pieces of Markdown: code spans, code fences, link destinations and titles.
enum MarkdownSyntax {
    /// `` `code` ``, fenced by more backticks than any run inside, padded with a space where the
    /// content starts or ends with a backtick or with a space (Markdown strips one of each).
    static func codeSpan(_ code: String) -> String {
        let content = code.contains("\n") ? code.replacingOccurrences(of: "\n", with: " ") : code
        // A fence must not equal a run inside: the shortest length no run has.
        var length = 1
        while containsRun(content, of: length) { length += 1 }
        let fence = String(repeating: "`", count: length)
        let allSpaces = content.utf8.allSatisfy { $0 == 0x20 }
        let pad = !allSpaces && (content.hasPrefix("`") || content.hasSuffix("`")
            || (content.hasPrefix(" ") && content.hasSuffix(" ")))
        return pad ? fence + " " + content + " " + fence : fence + content + fence
    }

    private static func containsRun(_ text: String, of length: Int) -> Bool {
        var run = 0
        for c in text.utf8 {
            if c == UInt8(ascii: "`") { run += 1 } else {
                if run == length { return true }
                run = 0
            }
        }
        return run == length
    }

    /// The fence for a code block: three or more backticks, longer than any backtick run in the
    /// text; tildes when the info string holds a backtick (which a backtick fence forbids).
    static func codeFence(for text: String, info: String) -> String {
        let mark: UInt8 = info.contains("`") ? UInt8(ascii: "~") : UInt8(ascii: "`")
        var longest = 0, run = 0
        for c in text.utf8 {
            run = c == mark ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: Character(Unicode.Scalar(mark)), count: max(3, longest + 1))
    }

    /// A link destination as written between `(` and `)`: bare when it can be, else in `<…>`.
    static func destination(_ url: String) -> String {
        var bare = !url.isEmpty
        var depth = 0
        for c in url.unicodeScalars {
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1; if depth < 0 { bare = false } }
            if c == "<" || c == ">" || c.properties.isWhitespace || c.value < 0x20 || c == "\u{7F}" { bare = false }
        }
        if depth != 0 { bare = false }
        var out = ""
        for c in url.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "<", ">": out += bare ? String(c) : "\\" + String(c)
            case "\n": out += "%0A"
            case "&": out += "\\&"
            default: out.unicodeScalars.append(c)
            }
        }
        return bare ? out : "<" + out + ">"
    }

    /// A link title in double quotes, its `"`, `\` and `&` escaped.
    static func title(_ title: String) -> String {
        var out = "\""
        for c in title.unicodeScalars {
            if c == "\"" || c == "\\" || c == "&" { out += "\\" }
            out.unicodeScalars.append(c)
        }
        return out + "\""
    }

    /// An info string, its backslashes and `&` escaped (Markdown decodes both there).
    static func info(_ info: String) -> String {
        var out = ""
        for c in info.unicodeScalars {
            if c == "\\" || c == "&" { out += "\\" }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// Whether `url` can be written as an autolink `<url>` whose text is the URL itself.
    static func isAutolink(_ url: String, text: String) -> Bool {
        let address = url.hasPrefix("mailto:") && text == String(url.dropFirst(7)) && text.contains("@")
        guard url == text || address else { return false }
        guard let colon = url.firstIndex(of: ":"), colon > url.startIndex else { return false }
        let scheme = url[..<colon]
        guard (2...32).contains(scheme.count), scheme.first!.isASCII, scheme.first!.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "." || $0 == "-") })
        else { return false }
        return !url.unicodeScalars.contains { $0 == "<" || $0 == ">" || $0 == " " || $0.value < 0x21 || $0 == "\\" || $0 == "&" }
    }
}

/// Rule `markup`: what Markdown, kramdown, Liquid and HTML leave in pasted text.
///
/// Backslash escapes lose their backslash (`\[04:03\]` → `[04:03]`); kramdown attribute lists
/// (`{:#id}`, a trailing `{#what}`) and Liquid tags (`{% include … %}`, over several lines) are
/// removed, reported; HTML tags are stripped, keeping their text (`<https://…>` keeps the URL).
enum MarkdownResidue {
    static let rule = "markup"

    static func apply(to lines: inout [SourceLine], log: RuleLog) {
        var inLiquid = false
        for index in lines.indices where !lines[index].removed && !lines[index].isBlank {
            if !inLiquid, lines[index].flags.isDisjoint(with: [.backslash, .angle, .brace]) { continue }
            let content = lines[index].content
            if inLiquid || content.hasPrefix("{%") || content.hasPrefix("{{") {
                let closes = content.contains("%}") || content.contains("}}")
                inLiquid = !closes
                lines[index].removed = true
                log.report(rule, "removed template tag \(RuleLog.excerpt(content))", line: lines[index].number)
                continue
            }
            if isAttributeList(content) {
                lines[index].removed = true
                log.report(rule, "removed attribute list \(RuleLog.excerpt(content))", line: lines[index].number)
                continue
            }
            let original = lines[index].text
            var text = stripTrailingAttributeList(original)
            if text.utf8.contains(0x5C) { text = unescape(text) }
            if text.utf8.contains(0x3C) { text = stripTags(text) }
            if text != original {
                let cleaned = InvisibleCharacters.trimTrailing(text)
                lines[index].setText(cleaned)
                log.count(rule, "removed Markdown/HTML markup", line: lines[index].number)
                if lines[index].isBlank { lines[index].removed = true }
            }
        }
    }

    /// `{:#film.no-display}`, `{: .class}`, `{#id}` on a line of their own.
    static func isAttributeList(_ s: Substring) -> Bool {
        (s.hasPrefix("{:") || s.hasPrefix("{#") || s.hasPrefix("{.")) && s.hasSuffix("}") && !s.contains(" %")
    }

    static func stripTrailingAttributeList(_ text: String) -> String {
        guard text.hasSuffix("}"), let open = text.lastIndex(of: "{") else { return text }
        let inside = text[text.index(after: open)...]
        guard inside.hasPrefix("#") || inside.hasPrefix(":") || inside.hasPrefix("."), !inside.contains(" ") || inside.hasPrefix(":") else { return text }
        return String(text[..<open])
    }

    /// Removes the backslash of a Markdown escape (`\[`, `\*`, `\#`, `\_` …).
    static func unescape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingBackslash = false
        for scalar in text.unicodeScalars {
            if pendingBackslash {
                pendingBackslash = false
                if scalar.isASCII, scalar.properties.isPatternSyntax { out.append(scalar); continue }
                out.append("\\")
            }
            if scalar == "\\" { pendingBackslash = true } else { out.append(scalar) }
        }
        if pendingBackslash { out.append("\\") }
        return String(out)
    }

    /// Drops `<tag …>` and `</tag>`; an autolink `<https://…>` keeps its address.
    static func stripTags(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let first = after.first, first.isLetter || first == "/" || first == "!",
                  let close = after.firstIndex(of: ">") else {
                out += "<"
                rest = after
                continue
            }
            let inside = after[..<close]
            if inside.hasPrefix("http://") || inside.hasPrefix("https://") || inside.hasPrefix("mailto:") {
                out += inside
            } else if inside.lowercased().hasPrefix("br") {
                out += " "
            }
            rest = after[after.index(after: close)...]
        }
        out += rest
        return out
    }
}

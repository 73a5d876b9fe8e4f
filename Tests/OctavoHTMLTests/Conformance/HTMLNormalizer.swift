import Foundation

/// Puts HTML in a canonical form so that two renderings of the same structure compare equal,
/// in the spirit of the CommonMark spec's test normalization: whitespace runs collapsed (outside
/// `<pre>`), whitespace next to block-level tags removed, attributes sorted, character
/// references decoded and re-escaped one way, `<br />` the same as `<br>`. Comments,
/// declarations and processing instructions are kept as written.
enum HTMLNormalizer {
    static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button", "object",
        "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div", "section", "dl",
        "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption", "th", "figure", "tr",
        "footer", "ul", "form", "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style",
    ]

    static func normalize(_ html: String) -> String {
        var normalizer = Run(source: Array(html.unicodeScalars))
        normalizer.run()
        return normalizer.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private struct Run {
        let source: [Unicode.Scalar]
        var position = 0
        var out = ""
        var inPre = false
        /// The last token was a tag of a block element: following whitespace is dropped.
        var afterBlockTag = false

        mutating func run() {
            while position < source.count {
                if source[position] == "<", tag() { continue }
                text()
            }
        }

        /// Reads the text up to the next `<` that starts markup.
        mutating func text() {
            var raw = String.UnicodeScalarView()
            raw.append(source[position])
            position += 1
            while position < source.count, source[position] != "<" {
                raw.append(source[position])
                position += 1
            }
            var decoded = decodeReferences(String(raw))
            if !inPre {
                decoded = collapse(decoded)
                if afterBlockTag { decoded = String(decoded.drop(while: { $0 == " " })) }
            }
            if !decoded.isEmpty { afterBlockTag = false }
            out += escape(decoded, quotes: false)
        }

        /// Reads a tag, comment, declaration or processing instruction at `<`; false if it is text.
        mutating func tag() -> Bool {
            let rest = source[position...]
            if rest.starts(with: "<!--".unicodeScalars) {
                return verbatim(until: "-->", minimumLength: 4)
            }
            if rest.starts(with: "<!".unicodeScalars) || rest.starts(with: "<?".unicodeScalars) {
                return verbatim(until: ">", minimumLength: 2)
            }
            var i = position + 1
            let closing = i < source.count && source[i] == "/"
            if closing { i += 1 }
            guard i < source.count, source[i].properties.isAlphabetic else { return false }
            var name = ""
            while i < source.count, source[i].properties.isAlphabetic || ("0"..."9").contains(source[i]) || source[i] == "-" {
                name.unicodeScalars.append(source[i])
                i += 1
            }
            name = name.lowercased()
            var attributes: [(String, String?)] = []
            while true {
                while i < source.count, source[i].properties.isWhitespace || source[i] == "/" { i += 1 }
                guard i < source.count else { return false }
                if source[i] == ">" { i += 1; break }
                var attribute = ""
                while i < source.count, !source[i].properties.isWhitespace, !"=>/".unicodeScalars.contains(source[i]) {
                    attribute.unicodeScalars.append(source[i])
                    i += 1
                }
                if attribute.isEmpty { return false }
                while i < source.count, source[i].properties.isWhitespace { i += 1 }
                var value: String?
                if i < source.count, source[i] == "=" {
                    i += 1
                    while i < source.count, source[i].properties.isWhitespace { i += 1 }
                    var v = String.UnicodeScalarView()
                    if i < source.count, source[i] == "\"" || source[i] == "'" {
                        let quote = source[i]
                        i += 1
                        while i < source.count, source[i] != quote { v.append(source[i]); i += 1 }
                        guard i < source.count else { return false }
                        i += 1
                    } else {
                        while i < source.count, !source[i].properties.isWhitespace, source[i] != ">" { v.append(source[i]); i += 1 }
                    }
                    value = decodeReferences(String(v))
                }
                attributes.append((attribute.lowercased(), value))
            }
            position = i
            let isBlock = HTMLNormalizer.blockTags.contains(name)
            if isBlock { while out.last?.isWhitespace == true { out.removeLast() } }
            if closing {
                out += "</\(name)>"
                if name == "pre" { inPre = false }
            } else {
                out += "<" + name
                for (attribute, value) in attributes.sorted(by: { $0.0 < $1.0 }) {
                    out += " " + attribute
                    if let value { out += "=\"" + escape(value, quotes: true) + "\"" }
                }
                out += ">"
                if name == "pre" { inPre = true }
            }
            afterBlockTag = isBlock
            return true
        }

        /// Copies markup up to and including `terminator`.
        mutating func verbatim(until terminator: String, minimumLength: Int) -> Bool {
            let end = Array(terminator.unicodeScalars)
            var i = position + minimumLength
            while i + end.count <= source.count {
                if Array(source[i..<(i + end.count)]) == end {
                    out += String(String.UnicodeScalarView(source[position..<(i + end.count)]))
                    position = i + end.count
                    afterBlockTag = false
                    return true
                }
                i += 1
            }
            return false
        }

        func collapse(_ text: String) -> String {
            var result = ""
            var inSpace = false
            for character in text {
                if character.isWhitespace {
                    if !inSpace { result.append(" ") }
                    inSpace = true
                } else {
                    result.append(character)
                    inSpace = false
                }
            }
            return result
        }
    }

    /// Decodes `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric references;
    /// other names stay as written.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(32).firstIndex(of: ";") {
                let name = String(after[..<semicolon])
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = named[name]
                }
                if let replacement {
                    out += replacement
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }

    static func escape(_ text: String, quotes: Bool) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}

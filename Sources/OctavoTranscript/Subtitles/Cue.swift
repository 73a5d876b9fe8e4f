/// One subtitle cue: when it shows, who speaks (a WebVTT `<v Name>` tag) and its text lines
/// with cue markup removed.
struct Cue {
    var start: Double
    var end: Double
    /// The start as written (`00:02:17,250` → `00:02:17.250`).
    var startText: String
    var speaker: String?
    var lines: [String]
    /// 1-based line of the timing line.
    var line: Int
}

enum CueTiming {
    /// Parses `00:02:17,250 --> 00:02:20,500 align:start` into start and end.
    static func parse(_ s: Substring) -> (start: Double, end: Double, startText: String)? {
        guard let arrow = s.range(of: "-->") else { return nil }
        let left = s[..<arrow.lowerBound].trimmingPrefix(while: { $0 == " " })
        let right = s[arrow.upperBound...].drop(while: { $0 == " " })
        let leftTrimmed = left.prefix(while: { $0 != " " })
        let rightTime = right.prefix(while: { $0 != " " && $0 != "\t" })
        guard let start = seconds(leftTrimmed), let end = seconds(rightTime) else { return nil }
        return (start, end, leftTrimmed.replacingOccurrences(of: ",", with: "."))
    }

    /// `hh:mm:ss.mmm`, `mm:ss.mmm` or with a comma.
    static func seconds(_ s: Substring) -> Double? {
        let parts = s.replacingOccurrences(of: ",", with: ".").split(separator: ":")
        guard parts.count == 2 || parts.count == 3 else { return nil }
        var total = 0.0
        for part in parts {
            guard let v = Double(part) else { return nil }
            total = total * 60 + v
        }
        return total
    }

    /// Removes cue markup: `<v Name>`, `<i>`, `</b>`, `<c.yellow>`, `<00:01:02.000>`, `{\an8}`.
    /// Returns the text and the voice name if a `<v>` tag named one.
    static func stripMarkup(_ text: String) -> (text: String, voice: String?) {
        guard text.contains("<") || text.contains("{\\") else { return (text, nil) }
        var out = ""
        var voice: String?
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "<" || $0 == "{" }) {
            out += rest[..<open]
            let closer: Character = rest[open] == "<" ? ">" : "}"
            guard let close = rest[open...].firstIndex(of: closer) else { out += rest[open...]; rest = ""; break }
            let tag = rest[rest.index(after: open)..<close]
            if rest[open] == "{", !tag.hasPrefix("\\") { out += rest[open...close] }
            if tag.hasPrefix("v ") || tag.hasPrefix("v.") {
                let name = tag.drop(while: { $0 != " " }).drop(while: { $0 == " " })
                if !name.isEmpty { voice = String(name) }
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return (out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&nbsp;", with: " "), voice)
    }
}

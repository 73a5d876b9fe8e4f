import OctavoCore

/// Rule `front-matter`: a YAML block between `---` lines at the top of the file (Jekyll, Hugo,
/// transcript archives) becomes metadata (`title`, `date`, `author`/`authors`, `source_url`,
/// `lang`, `description`); the block leaves the body, reported with its line range.
enum FrontMatter {
    static let rule = "front-matter"

    static func apply(to lines: inout [SourceLine], metadata: inout Metadata, log: RuleLog) {
        guard let first = lines.firstIndex(where: { !$0.isBlank }), lines[first].text == "---" else { return }
        let limit = min(lines.count, first + 400)
        guard let close = (first + 1..<limit).first(where: { lines[$0].text == "---" || lines[$0].text == "..." }) else { return }
        for index in first + 1..<close {
            let text = lines[index].text
            if text.hasPrefix(" ") || text.hasPrefix("#") || text.hasPrefix("-") { continue }
            guard let colon = text.firstIndex(of: ":") else { continue }
            let key = text[..<colon].lowercased()
            var value = String(text[text.index(after: colon)...]).trimming(" \t")
            if let hash = value.range(of: "  #") ?? value.range(of: " #") { value = String(value[..<hash.lowerBound]) }
            value = unquote(value.trimming(" \t"))
            guard !value.isEmpty, value != ">", value != "|" else { continue }
            switch key {
            case "title": metadata.title = metadata.title ?? value
            case "date": metadata.date = metadata.date ?? value
            case "author", "authors", "transcript_by", "speaker", "speakers":
                if key == "transcript_by" { metadata.extra["transcript-by"] = value } else if metadata.authors.isEmpty { metadata.authors = [value] }
            case "source_url", "source", "url": metadata.source = metadata.source ?? value
            case "lang", "language": metadata.language = metadata.language ?? value
            case "description": metadata.description = metadata.description ?? value
            default: break
            }
        }
        for index in first...close { lines[index].removed = true }
        log.report(rule, "front matter (lines \(lines[first].number)–\(lines[close].number)) read as metadata",
                   line: lines[first].number)
    }

    private static func unquote(_ value: String) -> String {
        var v = value
        if v.count >= 2, let f = v.first, let l = v.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
            v = String(v.dropFirst().dropLast())
        }
        return v.replacingOccurrences(of: "\\_", with: " ").replacingOccurrences(of: "\\\"", with: "\"")
    }
}

extension String {
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

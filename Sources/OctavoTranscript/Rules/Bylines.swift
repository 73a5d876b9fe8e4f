/// Rule `bylines`: `By Natylie Baldwin, Antiwar.com, 1/7/22` → author, source and date of the
/// article it opens. The name is one to six words, capitalised (or joining words such as `and`,
/// `de`, `van`); of the comma-separated parts that follow, the one that looks like a date is the
/// date and the first other one is the source.
enum Bylines {
    static let rule = "bylines"

    struct Byline: Equatable {
        var author: String
        var source: String?
        var date: String?
    }

    static func parse(_ text: String) -> Byline? {
        guard text.hasPrefix("By ") || text.hasPrefix("BY "), text.utf8.count <= 160,
              !text.hasSuffix(".") || text.split(separator: " ").count <= 8 else { return nil }
        let parts = text.dropFirst(3).split(separator: ",").map { $0.trimmingPrefix(while: { $0 == " " }) }
        guard let first = parts.first else { return nil }
        var authorPart = first
        var extra: [Substring] = Array(parts.dropFirst())
        if let bar = first.firstIndex(of: "|") {
            authorPart = first[..<bar]
            extra.insert(first[first.index(after: bar)...].trimmingPrefix(while: { $0 == " " }), at: 0)
        }
        let author = String(authorPart).trimming(" ")
        let joiners: Set<String> = ["and", "de", "van", "von", "der", "da", "di", "la", "le", "bin", "al", "&"]
        let words = author.split(separator: " ")
        guard !words.isEmpty, words.count <= 6,
              words.allSatisfy({ w in (w.first?.isUppercase ?? false) || joiners.contains(String(w)) }) else { return nil }
        var byline = Byline(author: author)
        for part in extra {
            let value = String(part).trimming(" .")
            guard !value.isEmpty else { continue }
            if byline.date == nil, isDate(value) { byline.date = value } else if byline.source == nil { byline.source = value }
        }
        return byline
    }

    static func isDate(_ s: String) -> Bool {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let lower = s.lowercased()
        guard s.contains(where: \.isNumber) else { return false }
        if months.contains(where: { lower.hasPrefix($0) }) { return true }
        return s.allSatisfy { $0.isNumber || "/-. ".contains($0) }
    }
}

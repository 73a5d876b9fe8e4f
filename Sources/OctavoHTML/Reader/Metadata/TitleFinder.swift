/// The article title from the document's `<title>`: the site's name after a separator
/// (`Article | Site`, `Site - Article`) or a prefix before a colon removed when that leaves a
/// plausible title, else the whole title; a lone `<h1>` when the title is very short or long.
/// A remainder of four words or fewer is not trusted (`Mozilla - Wikipedia` stays whole), as in
/// Readability, whose titles the project is measured against.
enum TitleFinder {
    private static let separators: Set<Character> = ["|", "-", "–", "—", "\\", "/", ">", "»"]
    private static let hierarchical: Set<Character> = ["\\", "/", ">", "»"]

    static func articleTitle(documentTitle raw: String, page: HTMLPage) -> String {
        let original = Whitespace.collapse(raw)
        var title = original
        let positions = separatorPositions(original)
        var hadHierarchical = false
        if let last = positions.last {
            hadHierarchical = positions.contains { hierarchical.contains(original[$0]) }
            title = String(original[..<original.index(before: last)])
            if wordCount(title) < 3, let firstSeparator = original.firstIndex(where: separators.contains) {
                title = String(original[original.index(after: firstSeparator)...])
            }
        } else if original.contains(": ") {
            let headings = page.elements(named: "h1") + page.elements(named: "h2")
            if !headings.contains(where: { page.text(of: $0) == original }) {
                let afterLast = original[original.index(after: original.lastIndex(of: ":")!)...]
                title = String(afterLast)
                if wordCount(title) < 3 {
                    title = String(original[original.index(after: original.firstIndex(of: ":")!)...])
                } else if wordCount(String(original[..<original.firstIndex(of: ":")!])) > 5 {
                    title = original
                }
            }
        } else if original.count > 150 || original.count < 15 {
            let h1s = page.elements(named: "h1")
            if h1s.count == 1 { title = page.text(of: h1s[0]) }
        }
        title = Whitespace.collapse(title)
        let count = wordCount(title)
        let withoutSeparators = wordCount(removingSeparators(original))
        if count <= 4 && (!hadHierarchical || count != withoutSeparators - 1) { title = original }
        return title
    }

    /// Indices of separator characters that have a space on both sides.
    private static func separatorPositions(_ text: String) -> [String.Index] {
        var out: [String.Index] = []
        var index = text.startIndex
        while index < text.endIndex {
            if separators.contains(text[index]), index > text.startIndex, text[text.index(before: index)] == " " {
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == " " { out.append(index) }
            }
            index = text.index(after: index)
        }
        return out
    }

    private static func removingSeparators(_ text: String) -> String {
        var out = text
        for position in separatorPositions(text).reversed() {
            out.replaceSubrange(text.index(before: position)...text.index(after: position), with: "")
        }
        return out
    }

    private static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count + (text.first?.isWhitespace == true ? 1 : 0)
    }
}

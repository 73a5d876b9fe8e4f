/// The `<nav>` table of contents of a standalone page: nested lists of links to headings.
enum TableOfContents {
    /// Links to every heading with an id at level `depth` or above, nested by level (a jump of
    /// several levels nests once). Empty when there is nothing to list.
    static func render(_ headings: [HTMLFragment.Heading], depth: Int, xhtml: Bool) -> String {
        let entries = headings.filter { $0.id != nil && $0.level <= max(1, depth) }
        guard !entries.isEmpty else { return "" }
        var out = HTMLBuffer(xhtml: xhtml, capacity: entries.count * 64)
        out.raw("<nav id=\"toc\" class=\"toc\" role=\"doc-toc\">\n<ul>\n")
        // `open` holds the level of each list still open, innermost last.
        var open = [entries[0].level]
        var itemOpen = false
        for entry in entries {
            while entry.level < open.last!, open.count > 1 {
                out.raw("</li>\n</ul>\n")
                open.removeLast()
                itemOpen = true  // the parent's item
            }
            if entry.level > open.last!, itemOpen {
                out.newline()
                out.raw("<ul>\n")
                open.append(entry.level)
                itemOpen = false
            }
            if itemOpen { out.raw("</li>\n") }
            out.raw("<li><a")
            out.attribute("href", "#" + entry.id!)
            out.raw(">")
            out.text(entry.text)
            out.raw("</a>")
            itemOpen = true
        }
        out.raw("</li>\n")
        for _ in open.dropFirst() { out.raw("</ul>\n</li>\n") }
        out.raw("</ul>\n</nav>\n")
        return out.string
    }
}

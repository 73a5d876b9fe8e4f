import OctavoCore

/// The opening of a chapter as model blocks: its title, then byline, date and source when known.
/// The HTML writer renders them like any other content.
enum ChapterHeader {
    static func blocks(for chapter: Chapter) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 1, content: chapter.title,
                                                attributes: Attributes(id: chapter.titleID, classes: ["chapter-title"])))]
        let provenance = chapter.provenance
        var lines: [Block] = []
        if !provenance.authors.isEmpty {
            lines.append(.paragraph([.span(Attributes(classes: [Conventions.Class.byline]),
                                           [.text(provenance.authors.joined(separator: ", "))])]))
        }
        if let date = provenance.date {
            lines.append(.paragraph([.span(Attributes(classes: ["dateline"]), [.text(date)])]))
        }
        if let url = provenance.sourceURL {
            let label = provenance.siteName ?? url
            lines.append(.paragraph([.span(Attributes(classes: ["source"]), [.link(Link(destination: url, content: [.text(label)]))])]))
        } else if let name = provenance.siteName ?? provenance.source {
            lines.append(.paragraph([.span(Attributes(classes: ["source"]), [.text(name)])]))
        }
        if !lines.isEmpty { blocks.append(.division(Attributes(classes: ["chapter-meta"]), lines)) }
        return blocks
    }
}

import OctavoCore

extension HTMLRenderer {
    /// Divisions by class: an article (``Conventions/Class/article``) becomes `<article>` with a
    /// `<header>`; a speaker turn (``Conventions/Class/turn``) a `<div class="turn">` whose first
    /// paragraph starts with the speaker's name; anything else a `<div>` with its attributes.
    mutating func renderDivision(_ attributes: Attributes, _ children: [Block], depth: Int) {
        if attributes.hasClass(Conventions.Class.article) {
            renderArticle(attributes, children, depth: depth)
        } else if attributes.hasClass(Conventions.Class.turn) {
            renderTurn(attributes, children, depth: depth)
        } else {
            out.newline()
            out.raw("<div")
            writeAttributes(attributes)
            out.raw(">\n")
            renderBlocks(children, depth: depth + 1)
            out.newline()
            out.raw("</div>\n")
        }
    }

    private mutating func renderArticle(_ attributes: Attributes, _ children: [Block], depth: Int) {
        let keys = Conventions.Key.self
        let header = ArticleHeader(
            authors: (attributes[keys.author] ?? "").components(separatedBy: "; ").filter { !$0.isEmpty },
            date: attributes[keys.date], source: attributes[keys.source], siteName: attributes[keys.siteName])
        var body = children[...]
        var heading: Heading?
        if case let .heading(first)? = body.first {
            heading = first
            body = body.dropFirst()
        }
        out.newline()
        out.raw("<article")
        var rest = attributes
        rest.classes.removeAll { $0 == Conventions.Class.article }
        writeAttributes(rest, skipping: [keys.author, keys.date, keys.source, keys.siteName])
        out.raw(">\n")
        if heading != nil || !header.isEmpty {
            renderHeader(header, heading: heading, depth: depth + 1)
        }
        renderBlocks(Array(body), depth: depth + 1)
        out.newline()
        out.raw("</article>\n")
    }

    private mutating func renderTurn(_ attributes: Attributes, _ children: [Block], depth: Int) {
        let speaker = attributes[Conventions.Key.speaker].flatMap { $0.isEmpty ? nil : $0 }
        out.newline()
        out.raw("<div")
        writeAttributes(attributes)
        out.raw(">\n")
        var body = children[...]
        if let speaker {
            let label = speaker.hasSuffix(":") ? speaker : speaker + ":"
            out.raw("<p><span class=\"speaker\">")
            out.text(label)
            out.raw("</span>")
            if case let .paragraph(inlines)? = body.first {
                out.raw(" ")
                renderInlineContainer(inlines, depth: depth + 2)
                body = body.dropFirst()
            }
            out.raw("</p>\n")
        }
        renderBlocks(Array(body), depth: depth + 1)
        out.newline()
        out.raw("</div>\n")
    }
}

import OctavoCore

extension HTMLRenderer {
    /// `<ul>` or `<ol start>`; tight lists drop their items' `<p>`; task items start with a
    /// disabled checkbox (inside the first paragraph of a loose item).
    mutating func renderList(_ list: ListBlock, depth: Int) {
        out.newline()
        let tag: String
        switch list.kind {
        case .bullet:
            tag = "ul"
            out.raw("<ul")
        case let .ordered(start, _):
            tag = "ol"
            out.raw("<ol")
            if start != 1 { out.raw(" start=\"\(start)\"") }
        }
        writeAttributes(list.attributes)
        out.raw(">\n")
        for item in list.items {
            out.newline()
            out.raw("<li>")
            var blocks = item.blocks
            if let task = item.task {
                let box = task == .done ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> "
                                        : "<input type=\"checkbox\" disabled=\"\" /> "
                if !list.isTight, case let .paragraph(inlines)? = blocks.first {
                    out.newline()
                    out.raw("<p>" + box)
                    renderInlineContainer(inlines, depth: depth + 3)
                    out.raw("</p>\n")
                    blocks.removeFirst()
                } else {
                    out.raw(box)
                }
            }
            renderBlocks(blocks, depth: depth + 2, tight: list.isTight)
            out.raw("</li>\n")
        }
        out.newline()
        out.raw("</\(tag)>\n")
    }

    /// `<dl>`: each term a `<dt>`, each definition a `<dd>` (a lone paragraph without `<p>`).
    mutating func renderDefinitionList(_ items: [DefinitionItem], depth: Int) {
        out.newline()
        out.raw("<dl>\n")
        for item in items {
            out.raw("<dt>")
            renderInlineContainer(item.term, depth: depth + 2)
            out.raw("</dt>\n")
            for definition in item.definitions {
                out.raw("<dd>")
                let tight = definition.count == 1 && { if case .paragraph = definition[0] { return true } else { return false } }()
                renderBlocks(definition, depth: depth + 2, tight: tight)
                out.raw("</dd>\n")
            }
        }
        out.raw("</dl>\n")
    }
}

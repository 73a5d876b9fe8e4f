import OctavoCore

/// Whether blocks hold a footnote anywhere. The text writer numbers notes in the order of their
/// first reference, so only documents without notes are rendered in parallel runs.
enum FootnoteScan {
    static func contains(_ blocks: some Collection<Block>) -> Bool { blocks.contains(where: contains) }

    static func contains(_ block: Block) -> Bool {
        switch block {
        case let .paragraph(content), let .plain(content): return contains(content)
        case let .heading(heading): return contains(heading.content)
        case let .blockQuote(children), let .division(_, children): return contains(children)
        case let .list(list): return list.items.contains { contains($0.blocks) }
        case .codeBlock, .thematicBreak, .raw: return false
        case let .table(table):
            return contains(table.caption) || (table.head + table.body).contains { row in row.contains { contains($0.blocks) } }
        case let .figure(figure): return contains(figure.content) || contains(figure.caption)
        case let .definitionList(items): return items.contains { contains($0.term) || $0.definitions.contains(where: contains) }
        case let .lineBlock(lines): return lines.contains(where: contains)
        }
    }

    static func contains(_ inlines: [Inline]) -> Bool {
        for inline in inlines {
            switch inline {
            case .footnote: return true
            case .text, .code, .softBreak, .lineBreak, .raw: continue
            case let .image(image): if contains(image.alt) { return true }
            case let .emphasis(children), let .strong(children), let .strikethrough(children),
                 let .superscript(children), let .subscript(children), let .span(_, children):
                if contains(children) { return true }
            case let .link(link): if contains(link.content) { return true }
            }
        }
        return false
    }
}

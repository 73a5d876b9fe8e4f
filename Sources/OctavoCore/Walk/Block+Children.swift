extension Block {
    /// This block with every direct child block list passed through `blocks` and every direct
    /// inline list through `inlines`. The building block of ``Block/rewritten(blocks:inlines:)``.
    public func mappingChildren(blocks: ([Block]) -> [Block], inlines: ([Inline]) -> [Inline]) -> Block {
        switch self {
        case let .paragraph(content): return .paragraph(inlines(content))
        case let .plain(content): return .plain(inlines(content))
        case var .heading(heading):
            heading.content = inlines(heading.content)
            return .heading(heading)
        case let .blockQuote(children): return .blockQuote(blocks(children))
        case var .list(list):
            list.items = list.items.map { ListBlock.Item(task: $0.task, blocks: blocks($0.blocks)) }
            return .list(list)
        case .codeBlock, .thematicBreak, .raw: return self
        case var .table(table):
            table.caption = inlines(table.caption)
            for r in table.head.indices { for c in table.head[r].indices { table.head[r][c].blocks = blocks(table.head[r][c].blocks) } }
            for r in table.body.indices { for c in table.body[r].indices { table.body[r][c].blocks = blocks(table.body[r][c].blocks) } }
            return .table(table)
        case var .figure(figure):
            figure.content = blocks(figure.content)
            figure.caption = inlines(figure.caption)
            return .figure(figure)
        case let .definitionList(items):
            return .definitionList(items.map {
                DefinitionItem(term: inlines($0.term), definitions: $0.definitions.map(blocks))
            })
        case let .lineBlock(lines): return .lineBlock(lines.map(inlines))
        case let .division(attributes, children): return .division(attributes, blocks(children))
        }
    }
}

extension Inline {
    /// This inline with every direct child inline list passed through `inlines` and every block
    /// list (a footnote's) through `blocks`.
    public func mappingChildren(blocks: ([Block]) -> [Block], inlines: ([Inline]) -> [Inline]) -> Inline {
        switch self {
        case .text, .code, .softBreak, .lineBreak, .raw: return self
        case let .emphasis(content): return .emphasis(inlines(content))
        case let .strong(content): return .strong(inlines(content))
        case let .strikethrough(content): return .strikethrough(inlines(content))
        case let .superscript(content): return .superscript(inlines(content))
        case let .subscript(content): return .subscript(inlines(content))
        case var .link(link):
            link.content = inlines(link.content)
            return .link(link)
        case var .image(image):
            image.alt = inlines(image.alt)
            return .image(image)
        case var .footnote(note):
            note.blocks = blocks(note.blocks)
            return .footnote(note)
        case let .span(attributes, content): return .span(attributes, inlines(content))
        }
    }
}

extension Block {
    /// Calls `blocks` with every direct child block list and `inlines` with every direct inline
    /// list, in the order ``mappingChildren(blocks:inlines:)`` visits them, without rebuilding
    /// anything. The building block of ``Swift/Array/visit(block:inline:)``.
    public func forEachChildList(blocks: ([Block]) -> Void, inlines: ([Inline]) -> Void) {
        switch self {
        case let .paragraph(content), let .plain(content): inlines(content)
        case let .heading(heading): inlines(heading.content)
        case let .blockQuote(children), let .division(_, children): blocks(children)
        case let .list(list): for item in list.items { blocks(item.blocks) }
        case .codeBlock, .thematicBreak, .raw: break
        case let .table(table):
            inlines(table.caption)
            for row in table.head { for cell in row { blocks(cell.blocks) } }
            for row in table.body { for cell in row { blocks(cell.blocks) } }
        case let .figure(figure):
            blocks(figure.content)
            inlines(figure.caption)
        case let .definitionList(items):
            for item in items {
                inlines(item.term)
                item.definitions.forEach(blocks)
            }
        case let .lineBlock(lines): lines.forEach(inlines)
        }
    }
}

extension Inline {
    /// Calls `blocks` with a footnote's blocks and `inlines` with every direct inline list,
    /// without rebuilding anything.
    public func forEachChildList(blocks: ([Block]) -> Void, inlines: ([Inline]) -> Void) {
        switch self {
        case .text, .code, .softBreak, .lineBreak, .raw: break
        case let .emphasis(content), let .strong(content), let .strikethrough(content), let .superscript(content),
             let .subscript(content), let .span(_, content):
            inlines(content)
        case let .link(link): inlines(link.content)
        case let .image(image): inlines(image.alt)
        case let .footnote(note): blocks(note.blocks)
        }
    }
}

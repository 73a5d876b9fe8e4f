import OctavoCore

/// The text of inlines or blocks with an explicit stack: used past the depth limit, where
/// recursion is not safe.
enum FlatText {
    private enum Item {
        case inlines([Inline])
        case blocks([Block])
        case literal(String)
    }

    static func of(_ inlines: [Inline]) -> String { collect(.inlines(inlines)) }
    static func of(_ blocks: [Block]) -> String { collect(.blocks(blocks)) }

    private static func collect(_ root: Item) -> String {
        var out = ""
        var stack = [root]
        while let item = stack.popLast() {
            switch item {
            case let .literal(text): out += text
            case let .inlines(inlines):
                for inline in inlines.reversed() { stack.append(contentsOf: children(of: inline).reversed()) }
            case let .blocks(blocks):
                for block in blocks.reversed() {
                    stack.append(.literal(" "))
                    stack.append(contentsOf: children(of: block).reversed())
                }
            }
        }
        return LineWrapper.collapse(out)
    }

    private static func children(of inline: Inline) -> [Item] {
        switch inline {
        case let .text(text), let .code(text): [.literal(text)]
        case let .emphasis(c), let .strong(c), let .strikethrough(c), let .superscript(c), let .subscript(c), let .span(_, c):
            [.inlines(c)]
        case let .link(link): [.inlines(link.content)]
        case let .image(image): [.inlines(image.alt)]
        case .softBreak, .lineBreak: [.literal(" ")]
        case .footnote: []
        case let .raw(format, text): TextRenderer.isTextFormat(format) ? [.literal(text)] : []
        }
    }

    private static func children(of block: Block) -> [Item] {
        switch block {
        case let .paragraph(c), let .plain(c): [.inlines(c)]
        case let .heading(h): [.inlines(h.content)]
        case let .blockQuote(b), let .division(_, b): [.blocks(b)]
        case let .list(list): list.items.map { .blocks($0.blocks) }
        case let .codeBlock(code): [.literal(code.text)]
        case .thematicBreak: []
        case let .raw(format, text): TextRenderer.isTextFormat(format) ? [.literal(text)] : []
        case let .table(table): (table.head + table.body).flatMap { $0.map { .blocks($0.blocks) } }
        case let .figure(figure): [.blocks(figure.content), .literal(" "), .inlines(figure.caption)]
        case let .definitionList(items):
            items.flatMap { [.inlines($0.term), .literal(" ")] + $0.definitions.map { .blocks($0) } }
        case let .lineBlock(lines): lines.flatMap { [.inlines($0), .literal(" ")] }
        }
    }
}

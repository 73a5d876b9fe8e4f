import OctavoCore

extension TextRenderer {
    /// The inlines as text, without markup: hard breaks as `\n`, footnotes as `[n]` marks,
    /// links as `text <url>`, images as `[Image: alt]`.
    mutating func text(of inlines: [Inline], depth: Int = 0) -> String {
        var out = ""
        append(inlines, to: &out, depth: depth)
        return out
    }

    private mutating func append(_ inlines: [Inline], to out: inout String, depth: Int) {
        if depth > maxDepth {
            out += FlatText.of(inlines)
            return
        }
        for inline in inlines {
            switch inline {
            case let .text(text), let .code(text): out += text
            case let .emphasis(content), let .strong(content), let .strikethrough(content),
                 let .superscript(content), let .subscript(content), let .span(_, content):
                append(content, to: &out, depth: depth + 1)
            case let .link(link): appendLink(link, to: &out, depth: depth)
            case let .image(image):
                let alt = LineWrapper.collapse(FlatText.of(image.alt))
                out += alt.isEmpty ? "[Image]" : "[Image: \(alt)]"
            case .softBreak: out += " "
            case .lineBreak: out += "\n"
            case let .footnote(note): out += "[\(noteNumber(for: note))]"
            case let .raw(format, text): if Self.isTextFormat(format) { out += text }
            }
        }
    }

    private mutating func appendLink(_ link: Link, to out: inout String, depth: Int) {
        var content = ""
        append(link.content, to: &content, depth: depth + 1)
        let destination = link.destination
        if destination.isEmpty || destination.hasPrefix("#") {
            out += content
        } else if content.isEmpty {
            out += destination
        } else if content == destination || ["mailto:", "http://", "https://"].contains(where: { $0 + content == destination }) {
            out += content
        } else {
            out += content
            out += " <"
            out += destination
            out += ">"
        }
    }

    /// Raw content in these formats is already text and is kept.
    static func isTextFormat(_ format: String) -> Bool {
        switch format.lowercased() {
        case "text", "plain", "txt": true
        default: false
        }
    }
}

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

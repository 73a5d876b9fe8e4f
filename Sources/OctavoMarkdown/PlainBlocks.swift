import OctavoCore

/// The text of blocks without structure: what a too-deep footnote keeps.
enum PlainBlocks {
    /// Every block's text, blocks separated by a space. Recursion is bounded by the model's depth.
    static func text(of blocks: [Block]) -> String {
        var parts: [String] = []
        for block in blocks { append(block, to: &parts) }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func append(_ block: Block, to parts: inout [String]) {
        switch block {
        case let .paragraph(content), let .plain(content): parts.append(Inline.plainText(of: content))
        case let .heading(heading): parts.append(Inline.plainText(of: heading.content))
        case let .blockQuote(children), let .division(_, children): parts.append(text(of: children))
        case let .list(list): for item in list.items { parts.append(text(of: item.blocks)) }
        case let .codeBlock(code): parts.append(code.text)
        case .thematicBreak, .raw: break
        case let .table(table):
            for row in table.head + table.body { for cell in row { parts.append(text(of: cell.blocks)) } }
        case let .figure(figure):
            parts.append(text(of: figure.content))
            parts.append(Inline.plainText(of: figure.caption))
        case let .definitionList(items):
            for item in items {
                parts.append(Inline.plainText(of: item.term))
                for definition in item.definitions { parts.append(text(of: definition)) }
            }
        case let .lineBlock(lines): for line in lines { parts.append(Inline.plainText(of: line)) }
        }
    }
}

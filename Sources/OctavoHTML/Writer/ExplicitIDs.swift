import OctavoCore

/// The ids that block attributes give explicitly, found before rendering so that generated
/// heading slugs never take an id a later block asks for (`# Intro` then `{#intro}`).
enum ExplicitIDs {
    /// Ids of headings, divisions, lists, code blocks, tables and figures, at any depth. Iterative.
    static func collect(_ blocks: [Block]) -> [String] {
        var ids: [String] = []
        var stack: [Block] = blocks.reversed()
        while let block = stack.popLast() {
            switch block {
            case let .heading(heading): append(heading.attributes, to: &ids)
            case let .division(attributes, children):
                append(attributes, to: &ids)
                stack.append(contentsOf: children.reversed())
            case let .blockQuote(children): stack.append(contentsOf: children.reversed())
            case let .list(list):
                append(list.attributes, to: &ids)
                for item in list.items.reversed() { stack.append(contentsOf: item.blocks.reversed()) }
            case let .codeBlock(code): append(code.attributes, to: &ids)
            case let .table(table):
                append(table.attributes, to: &ids)
                for row in table.head + table.body { for cell in row { stack.append(contentsOf: cell.blocks) } }
            case let .figure(figure):
                append(figure.attributes, to: &ids)
                stack.append(contentsOf: figure.content)
            case let .definitionList(items):
                for item in items { for definition in item.definitions { stack.append(contentsOf: definition) } }
            case .paragraph, .plain, .thematicBreak, .lineBlock, .raw: continue
            }
        }
        return ids
    }

    private static func append(_ attributes: Attributes, to ids: inout [String]) {
        if let id = attributes.id, !id.isEmpty { ids.append(id) }
    }
}

import OctavoCore

extension ModelBuilder {
    /// `ul`/`ol`: items from `li` children; stray content before the first item gets an item of its own.
    mutating func list(_ index: Int, ordered: Bool, depth: Int) -> [Block] {
        var items: [ListBlock.Item] = []
        var loose = false
        var stray: [Int] = []
        for child in page.children(index) where !dropped[child] {
            if page.name(child) == "li" {
                if !stray.isEmpty, let last = items.indices.last {
                    items[last].blocks += blockChildren(stray, depth: depth)
                } else if !stray.isEmpty {
                    let blocks = blockChildren(stray, depth: depth)
                    if !blocks.isEmpty { items.append(ListBlock.Item(blocks: blocks)) }
                }
                stray = []
                if page.children(child).contains(where: { page.name($0) == "p" }) { loose = true }
                items.append(ListBlock.Item(task: task(child), blocks: blockChildren(page.children(child), depth: depth + 1)))
            } else {
                stray.append(child)
            }
        }
        if !stray.isEmpty {
            let blocks = blockChildren(stray, depth: depth)
            if let last = items.indices.last { items[last].blocks += blocks } else if !blocks.isEmpty { items.append(ListBlock.Item(blocks: blocks)) }
        }
        items.removeAll { $0.blocks.isEmpty && $0.task == nil }
        guard !items.isEmpty else { return [] }
        let kind: ListBlock.Kind = ordered
            ? .ordered(start: Int(page.attribute(index, "start")?.trimmingWhitespace ?? "") ?? 1, delimiter: ".")
            : .bullet
        return [.list(ListBlock(kind: kind, isTight: !loose, items: items))]
    }

    /// A task-list checkbox as the item's first element (`<li><input type=checkbox checked>`).
    private func task(_ item: Int) -> ListBlock.Task? {
        guard let first = page.children(item).first(where: { page.isElement($0) }), page.name(first) == "input",
              page.attribute(first, "type")?.lowercased() == "checkbox" else { return nil }
        return page.attribute(first, "checked") != nil ? .done : .open
    }

    /// `dl`: a term per `dt`, a definition per `dd` (also inside HTML5's `div` groups).
    mutating func definitionList(_ index: Int, depth: Int) -> [Block] {
        var items: [DefinitionItem] = []
        var queue = page.children(index)[...]
        while let child = queue.popFirst() {
            guard !dropped[child], page.isElement(child) else { continue }
            switch page.name(child) {
            case "dt":
                let term = inlineContent(page.children(child), depth: depth)
                if let last = items.last, last.definitions.isEmpty {
                    items[items.count - 1].term = last.term + [.lineBreak] + term
                } else {
                    items.append(DefinitionItem(term: term, definitions: []))
                }
            case "dd":
                let blocks = blockChildren(page.children(child), depth: depth + 1)
                if items.isEmpty { items.append(DefinitionItem(term: [], definitions: [])) }
                items[items.count - 1].definitions.append(blocks)
            case "div":
                queue = page.children(child)[...] + queue
            default:
                continue
            }
        }
        // A term without a definition (`dl` content must end with a `dd`) is kept as a paragraph after the list.
        var after: [Block] = []
        if let last = items.last, last.definitions.isEmpty {
            items.removeLast()
            if let paragraph = finishParagraph(last.term) { after.append(paragraph) }
        }
        return (items.isEmpty ? [] : [.definitionList(items)]) + after
    }

    /// `figure`: its content (usually an image) and the `figcaption`'s inlines.
    mutating func figure(_ index: Int, depth: Int) -> [Block] {
        let children = page.children(index)
        let captionElement = children.first { page.name($0) == "figcaption" && !dropped[$0] }
        var content = blockChildren(children.filter { $0 != captionElement }, depth: depth)
        let caption = captionElement.map { inlineContent(page.children($0), depth: depth) } ?? []
        if content.isEmpty && caption.isEmpty { return [] }
        if content.count == 1, case let .paragraph(inlines) = content[0] { content = [.plain(inlines)] }
        return [.figure(Figure(content: content, caption: caption))]
    }
}

import OctavoCore

/// Builds the model from ``MarkdownNode`` events with an explicit stack, so input nesting never
/// touches the call stack. The model it makes is never deeper than `maxDepth` nodes, leaves
/// included (the document's blocks are level 1): a container that would go deeper is flattened
/// (its children join the nearest kept container, nothing is dropped) and a diagnostic says where.
///
/// Budget: a container that holds blocks sits at most at `maxDepth - 3`, so a table (its cells'
/// `plain` block one level further down) or a paragraph and its text always fit; a container
/// that holds inlines sits at most at `maxDepth - 1`.
struct MarkdownTreeBuilder {
    /// A converted footnote definition and how deep its blocks go.
    private struct Note {
        var blocks: [Block]
        var depth: Int
    }

    /// An open container. Children are not held here: they wait on the shared stacks below
    /// (`blocks`, `inlines`, …) from the recorded start, and are taken off when it closes, so
    /// each container's array is allocated once, at its final size. A flattened container takes
    /// nothing: its children stay for the enclosing kept one.
    private struct Frame {
        var node: MarkdownNode
        var line: Int
        /// Nodes between the document (depth 0) and this one, counted in the model; for a
        /// flattened frame, the depth of the kept container that receives its children.
        var depth: Int
        var isKept: Bool
        var blockStart: Int
        var inlineStart: Int
        var itemStart: Int
        var rowStart: Int
        var cellStart: Int
    }

    let maxDepth: Int
    private var stack: [Frame]
    private var blocks: [Block] = []
    private var inlines: [Inline] = []
    private var items: [ListBlock.Item] = []
    private var rows: [(isHeader: Bool, cells: Table.Row)] = []
    private var cells: [Table.Cell] = []
    private var notes: [String: Note] = [:]
    /// Whether a reference met a note not converted yet (see ``CmarkParser``).
    var hasUnresolvedNotes = false
    /// The deepest kept container since the current footnote definition opened.
    private var deepest = 0
    private var firstFlattenedLine: Int?
    private var flattenedCount = 0
    private(set) var diagnostics: [(message: String, line: Int?)] = []
    private(set) var resources: [Resource] = []
    private var seenResources: Set<String> = []

    init(maxDepth: Int) {
        // Room for at least a list, an item, a paragraph and an inline container.
        self.maxDepth = max(maxDepth, 5)
        stack = [Frame(node: .document, line: 1, depth: 0, isKept: true,
                       blockStart: 0, inlineStart: 0, itemStart: 0, rowStart: 0, cellStart: 0)]
        stack.reserveCapacity(64)
        blocks.reserveCapacity(1024)
        inlines.reserveCapacity(256)
    }

    /// Opens a container.
    mutating func open(_ node: MarkdownNode, line: Int) {
        let parentIndex = stack.count - 1
        let base = stack[parentIndex].depth
        var depth = base + 1
        var keep: Bool
        switch node {
        case .document, .unknown:
            keep = false
            if case let .unknown(name) = node { diagnostics.append(("unknown Markdown node '\(name)' kept as its content", line)) }
        case .blockQuote:
            keep = base + 1 + 3 <= maxDepth
        case .list:
            keep = base + 2 + 3 <= maxDepth
        case .item, .tableRow:
            // Kept exactly when the list or table holding them is.
            keep = stack[parentIndex].isKept
            depth = stack[parentIndex].depth + (node.isTableRow ? 0 : 1)
        case .footnoteDefinition:
            keep = true
            depth = 0
            deepest = 0
        case .paragraph, .heading, .table, .tableCell:
            // Block containers leave room for these, so they always fit.
            keep = true
        case .emphasis, .strong, .strikethrough, .link, .image:
            keep = depth + 1 <= maxDepth
        case .codeBlock, .htmlBlock, .thematicBreak, .text, .code, .htmlInline, .softBreak, .lineBreak, .footnoteReference:
            keep = depth <= maxDepth
        }
        if !keep, node.isFlattenedForDepth {
            flattenedCount += 1
            if firstFlattenedLine == nil { firstFlattenedLine = line }
        }
        if keep { deepest = max(deepest, depth) }
        stack.append(Frame(node: node, line: line, depth: keep ? depth : base, isKept: keep,
                           blockStart: blocks.count, inlineStart: inlines.count, itemStart: items.count,
                           rowStart: rows.count, cellStart: cells.count))
    }

    /// Closes the innermost open container and leaves its value for the enclosing one.
    mutating func close() {
        guard stack.count > 1 else { return }
        let frame = stack.removeLast()
        guard frame.isKept else { return }
        switch frame.node {
        case .document, .unknown: break
        case .blockQuote: blocks.append(.blockQuote(takeBlocks(from: frame)))
        case let .list(kind, isTight):
            let listItems = Self.take(&items, from: frame.itemStart)
            blocks.append(.list(ListBlock(kind: kind, isTight: isTight, items: listItems)))
        case let .item(task): items.append(ListBlock.Item(task: task, blocks: takeBlocks(from: frame)))
        case .paragraph: blocks.append(.paragraph(takeInlines(from: frame)))
        case let .heading(level): blocks.append(.heading(Heading(level: level, content: takeInlines(from: frame))))
        case let .footnoteDefinition(label): notes[label] = Note(blocks: takeBlocks(from: frame), depth: deepest)
        case let .table(alignments):
            var head: [Table.Row] = [], body: [Table.Row] = []
            for row in rows[frame.rowStart...] {
                if row.isHeader { head.append(row.cells) } else { body.append(row.cells) }
            }
            rows.removeSubrange(frame.rowStart...)
            blocks.append(.table(Table(alignments: alignments, head: head, body: body)))
        case let .tableRow(isHeader):
            let rowCells = Self.take(&cells, from: frame.cellStart)
            rows.append((isHeader, rowCells))
        case .tableCell: cells.append(Table.Cell(takeInlines(from: frame)))
        case .emphasis: inlines.append(.emphasis(takeInlines(from: frame)))
        case .strong: inlines.append(.strong(takeInlines(from: frame)))
        case .strikethrough: inlines.append(.strikethrough(takeInlines(from: frame)))
        case let .link(destination, title):
            inlines.append(.link(Link(destination: destination, title: title, content: takeInlines(from: frame))))
        case let .image(source, title):
            record(image: source)
            inlines.append(.image(Image(source: source, title: title, alt: takeInlines(from: frame))))
        case .codeBlock, .htmlBlock, .thematicBreak, .text, .code, .htmlInline, .softBreak, .lineBreak, .footnoteReference:
            break
        }
    }

    private mutating func takeBlocks(from frame: Frame) -> [Block] { Self.take(&blocks, from: frame.blockStart) }

    private mutating func takeInlines(from frame: Frame) -> [Inline] { Self.take(&inlines, from: frame.inlineStart) }

    /// The elements from `start` on, in a new array of exactly their size (never the shared
    /// stack's own buffer, which `Array(slice)` would hand out when the slice spans all of it).
    private static func take<Element>(_ stack: inout [Element], from start: Int) -> [Element] {
        var taken: [Element] = []
        taken.reserveCapacity(stack.count - start)
        taken.append(contentsOf: stack[start...])
        stack.removeSubrange(start...)
        return taken
    }

    /// Adds a leaf to the innermost open container.
    mutating func leaf(_ node: MarkdownNode, line: Int = 0) {
        switch node {
        case let .text(text): inlines.append(.text(text))
        case let .code(text): inlines.append(.code(text))
        case let .htmlInline(html): inlines.append(.raw(format: "html", text: html))
        case .softBreak: inlines.append(.softBreak)
        case .lineBreak: inlines.append(.lineBreak)
        case let .footnoteReference(label):
            inlines.append(footnote(label, atDepth: stack[stack.count - 1].depth, line: line))
        case let .codeBlock(info, text): blocks.append(.codeBlock(Self.codeBlock(info: info, text: text)))
        case let .htmlBlock(html): blocks.append(.raw(format: "html", text: html))
        case .thematicBreak: blocks.append(.thematicBreak)
        default: open(node, line: line); close()
        }
    }

    /// The finished blocks of the document.
    mutating func finish() -> [Block] {
        while stack.count > 1 { close() }
        if let line = firstFlattenedLine {
            diagnostics.append(("\(flattenedCount) container(s) nested deeper than \(maxDepth) levels were flattened; their text is kept", line))
        }
        return blocks
    }

    private static func codeBlock(info: String, text: String) -> CodeBlock {
        let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        return CodeBlock(language: language, info: info == (language ?? "") ? nil : info, text: text)
    }

    /// The note for a reference in a container at `depth`. A note too deep to fit there becomes
    /// one paragraph of its text; with no room even for that, its text in brackets.
    private mutating func footnote(_ label: String, atDepth depth: Int, line: Int) -> Inline {
        // A definition not converted yet (in the first round, a note citing an earlier one; in
        // any round, a note citing itself): the label lets writers find its blocks elsewhere.
        guard let note = notes[label] else {
            hasUnresolvedNotes = true
            return .footnote(Footnote(label: label, blocks: []))
        }
        // The note sits at depth + 1, its containers below it, their leaves one further.
        if depth + 2 + note.depth <= maxDepth { return .footnote(Footnote(label: label, blocks: note.blocks)) }
        diagnostics.append(("footnote [^\(label)] is nested too deeply; it is kept as plain text", line))
        let text = PlainBlocks.text(of: note.blocks)
        guard depth + 3 <= maxDepth else { return .text("[\(label): \(text)]") }
        return .footnote(Footnote(label: label, blocks: [.paragraph([.text(text)])]))
    }

    private mutating func record(image source: String) {
        guard Self.isLocal(source), seenResources.insert(source).inserted else { return }
        resources.append(Resource(reference: source, kind: .image))
    }

    /// A reference with no URL scheme (`img/a.png`, `../b.jpg`), not a fragment or protocol-relative URL.
    static func isLocal(_ reference: String) -> Bool {
        guard !reference.isEmpty, !reference.hasPrefix("#"), !reference.hasPrefix("//") else { return false }
        guard let colon = reference.firstIndex(of: ":") else { return true }
        let scheme = reference[..<colon]
        let isScheme = scheme.first?.isLetter == true
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
        return !isScheme
    }
}

private extension MarkdownNode {
    var isTableRow: Bool { if case .tableRow = self { true } else { false } }

    /// Containers flattened because of depth (not the always-transparent ones) are counted.
    var isFlattenedForDepth: Bool {
        switch self {
        case .document, .unknown, .item, .tableRow: false
        default: true
        }
    }
}

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

    private struct Frame {
        var node: MarkdownNode
        var line: Int
        /// Containers between the document (depth 0) and this one, counted in the model.
        var depth: Int
        /// Whether this container appears in the model; a flattened one passes its children on.
        var isKept: Bool
        /// The frame that receives this frame's children: itself when kept, else a kept ancestor.
        var sink: Int
        var blocks: [Block] = []
        var inlines: [Inline] = []
        var items: [ListBlock.Item] = []
        var head: [Table.Row] = []
        var body: [Table.Row] = []
        var cells: [Table.Cell] = []
    }

    let maxDepth: Int
    private var stack: [Frame]
    private var notes: [String: Note] = [:]
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
        stack = [Frame(node: .document, line: 1, depth: 0, isKept: true, sink: 0)]
        stack.reserveCapacity(64)
    }

    /// Opens a container.
    mutating func open(_ node: MarkdownNode, line: Int) {
        let parentIndex = stack.count - 1
        let sink = stack[parentIndex].sink
        let base = stack[sink].depth
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
        stack.append(Frame(node: node, line: line, depth: keep ? depth : base, isKept: keep, sink: keep ? stack.count : sink))
    }

    /// Closes the innermost open container and hands its value to the enclosing one.
    mutating func close() {
        guard stack.count > 1 else { return }
        let frame = stack.removeLast()
        guard frame.isKept else { return }
        let target = stack[stack.count - 1].sink
        switch frame.node {
        case .document, .unknown: break
        case .blockQuote: stack[target].blocks.append(.blockQuote(frame.blocks))
        case let .list(kind, isTight):
            stack[target].blocks.append(.list(ListBlock(kind: kind, isTight: isTight, items: frame.items)))
        case let .item(task): stack[target].items.append(ListBlock.Item(task: task, blocks: frame.blocks))
        case .paragraph: stack[target].blocks.append(.paragraph(frame.inlines))
        case let .heading(level): stack[target].blocks.append(.heading(Heading(level: level, content: frame.inlines)))
        case let .footnoteDefinition(label): notes[label] = Note(blocks: frame.blocks, depth: deepest)
        case let .table(alignments):
            stack[target].blocks.append(.table(Table(alignments: alignments, head: frame.head, body: frame.body)))
        case let .tableRow(isHeader):
            if isHeader { stack[target].head.append(frame.cells) } else { stack[target].body.append(frame.cells) }
        case .tableCell: stack[target].cells.append(Table.Cell(frame.inlines))
        case .emphasis: stack[target].inlines.append(.emphasis(frame.inlines))
        case .strong: stack[target].inlines.append(.strong(frame.inlines))
        case .strikethrough: stack[target].inlines.append(.strikethrough(frame.inlines))
        case let .link(destination, title):
            stack[target].inlines.append(.link(Link(destination: destination, title: title, content: frame.inlines)))
        case let .image(source, title):
            record(image: source)
            stack[target].inlines.append(.image(Image(source: source, title: title, alt: frame.inlines)))
        case .codeBlock, .htmlBlock, .thematicBreak, .text, .code, .htmlInline, .softBreak, .lineBreak, .footnoteReference:
            break
        }
    }

    /// Adds a leaf to the innermost open container.
    mutating func leaf(_ node: MarkdownNode, line: Int = 0) {
        let target = stack[stack.count - 1].sink
        switch node {
        case let .text(text): stack[target].inlines.append(.text(text))
        case let .code(text): stack[target].inlines.append(.code(text))
        case let .htmlInline(html): stack[target].inlines.append(.raw(format: "html", text: html))
        case .softBreak: stack[target].inlines.append(.softBreak)
        case .lineBreak: stack[target].inlines.append(.lineBreak)
        case let .footnoteReference(label):
            stack[target].inlines.append(footnote(label, atDepth: stack[target].depth, line: line))
        case let .codeBlock(info, text): stack[target].blocks.append(.codeBlock(Self.codeBlock(info: info, text: text)))
        case let .htmlBlock(html): stack[target].blocks.append(.raw(format: "html", text: html))
        case .thematicBreak: stack[target].blocks.append(.thematicBreak)
        default: open(node, line: line); close()
        }
    }

    /// The finished blocks of the document.
    mutating func finish() -> [Block] {
        while stack.count > 1 { close() }
        if let line = firstFlattenedLine {
            diagnostics.append(("\(flattenedCount) container(s) nested deeper than \(maxDepth) levels were flattened; their text is kept", line))
        }
        return stack[0].blocks
    }

    private static func codeBlock(info: String, text: String) -> CodeBlock {
        let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        return CodeBlock(language: language, info: info == (language ?? "") ? nil : info, text: text)
    }

    /// The note for a reference in a container at `depth`. A note too deep to fit there becomes
    /// one paragraph of its text; with no room even for that, its text in brackets.
    private mutating func footnote(_ label: String, atDepth depth: Int, line: Int) -> Inline {
        // A definition still being converted (a note that refers to itself or to an earlier
        // note) is not known yet: the label lets writers find its blocks at another reference.
        guard let note = notes[label] else { return .footnote(Footnote(label: label, blocks: [])) }
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

import OctavoCore

/// Renders a book as Markdown lines: front matter, each document's blocks, then its link
/// definitions and footnotes. Blocks become lines, and containers prefix their children's lines
/// (`> `, a list marker and its indent), so nesting needs no other bookkeeping.
struct MarkdownRenderer {
    let gfm: Bool
    /// Wrap column; nil keeps each paragraph on one line (breaks only where the model has them).
    let width: Int?
    let referenceLinks: Bool
    let rawHTML: ConversionOptions.RawHTMLPolicy
    let keepTimestamps: Bool
    let maxDepth: Int
    let context: ConversionContext
    let escaper: MarkdownEscaper
    var notes = NoteTable()
    var references = LinkReferenceTable()
    /// Kinds of loss already reported, so each is said once per output.
    private var reported: Set<String> = []

    init(dialect: MarkdownWriter.Dialect, context: ConversionContext) {
        let options = context.options
        gfm = dialect == .gfm
        width = (options.wrap ?? MarkdownWriter.defaultWrap).width
        referenceLinks = options.referenceLinks
        rawHTML = options.rawHTML
        keepTimestamps = options.keepTimestamps
        maxDepth = options.limits.maxDepth
        self.context = context
        escaper = MarkdownEscaper(gfm: gfm)
    }

    /// The whole output. With `standalone`, the metadata comes first as YAML front matter.
    mutating func render(_ book: Book, standalone: Bool) -> String {
        var chunks: [[String]] = []
        if standalone, let front = MarkdownFrontMatter.lines(for: book.metadata) { chunks.append(front) }
        if book.documents.count == 1 {
            chunks.append(documentLines(book.documents[0].blocks))
        } else {
            for document in book.documents { chunks.append(articleSection(document)) }
        }
        let lines = Self.join(chunks, tight: false)
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// A document's blocks followed by the link definitions and notes they referred to.
    mutating func documentLines(_ blocks: [Block]) -> [String] {
        var chunks = [blockLines(blocks, tight: false, indent: 0, depth: 0)]
        var definitions: [[String]] = []
        // Notes may refer to further notes: write until none is left.
        var pending = notes.takePending()
        while !pending.isEmpty {
            for note in pending { definitions.append(noteDefinition(label: note.label, blocks: note.blocks)) }
            pending = notes.takePending()
        }
        let links = references.takeDefinitions()
        if !links.isEmpty { chunks.append(links) }
        chunks.append(contentsOf: definitions)
        return Self.join(chunks, tight: false)
    }

    /// `[^label]: ` and the note's blocks, indented four spaces after the first line. Without
    /// footnotes (CommonMark), a numbered paragraph `[label]` in its place.
    private mutating func noteDefinition(label: String, blocks: [Block]) -> [String] {
        let body = blockLines(blocks, tight: false, indent: gfm ? 4 : 0, depth: 1)
        let marker = gfm ? "[^\(label)]: " : "\\[\(label)] "
        guard let first = body.first else { return [String(marker.dropLast())] }
        guard gfm else { return [marker + first] + body.dropFirst() }
        return [marker + first] + body.dropFirst().map { $0.isEmpty ? "" : "    " + $0 }
    }

    /// Chunks of lines separated by a blank line (none when `tight`); empty chunks are skipped.
    static func join(_ chunks: [[String]], tight: Bool) -> [String] {
        var out: [String] = []
        for chunk in chunks where !chunk.isEmpty {
            if !out.isEmpty, !tight { out.append("") }
            out.append(contentsOf: chunk)
        }
        return out
    }

    /// Reports, once per kind, something the output cannot say as the model does.
    mutating func note(_ kind: String, _ message: String) {
        guard reported.insert(kind).inserted else { return }
        context.report(.warning, message, source: "markdown.writer")
    }

    /// Columns left for text at `indent`, when wrapping (never fewer than 20).
    func available(at indent: Int) -> Int? { width.map { max($0 - indent, 20) } }
}

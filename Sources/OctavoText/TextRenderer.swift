import OctavoCore

/// Renders a book as plain text: documents in order, each with its title, its blocks and then
/// its footnotes. Recursion follows the model's depth and stops at `maxDepth`, below which
/// content is written as flat text.
struct TextRenderer: Sendable {
    let wrap: Int?
    let maxDepth: Int
    let keepTimestamps: Bool
    var output: TextOutput
    /// A reusable buffer for paragraph text.
    var scratch: [UInt8] = []

    /// The current document's notes in the order of their numbers.
    private(set) var notes: [Footnote] = []
    private var numbersByLabel: [String: Int] = [:]

    init(options: ConversionOptions, capacity: Int) {
        wrap = (options.wrap ?? PlainTextWriter.defaultWrap).width.map { max($0, 1) }
        maxDepth = options.limits.maxDepth
        keepTimestamps = options.keepTimestamps
        output = TextOutput(capacity: capacity)
    }

    /// Writes every document of `book`. A compilation with a title gets it on top.
    mutating func render(_ book: Book) {
        if book.documents.count == 1 {
            render(book.documents[0], metadata: book.metadata)
            return
        }
        if let title = book.metadata.title {
            heading(level: 1, text: title)
            byline(book.metadata.authors, date: book.metadata.date)
        }
        for document in book.documents {
            output.separate()
            render(document, metadata: document.metadata)
        }
    }

    private mutating func render(_ document: Document, metadata: Metadata) {
        notes = []
        numbersByLabel = [:]
        if let title = metadata.title, !startsWithTitle(document.blocks, title) {
            heading(level: 1, text: title)
            if let subtitle = metadata.subtitle {
                output.beginBlock(tight: true)
                paragraph(subtitle)
            }
            byline(metadata.authors, date: metadata.date)
        }
        blocks(document.blocks, depth: 0)
        renderNotes()
    }

    /// Whether the blocks open with a level-1 heading saying `title` already, or with an
    /// article (a compilation's) whose title heading says it.
    private func startsWithTitle(_ blocks: [Block], _ title: String) -> Bool {
        switch blocks.first {
        case let .heading(heading)? where heading.level == 1:
            return LineWrapper.collapse(Inline.plainText(of: heading.content)) == LineWrapper.collapse(title)
        case let .division(attributes, children)? where attributes.hasClass(Conventions.Class.article):
            guard case let .heading(heading)? = children.first else { return false }
            return LineWrapper.collapse(Inline.plainText(of: heading.content)) == LineWrapper.collapse(title)
        default:
            return false
        }
    }

    /// `By A, B`, the date and the source, each on its own line, as one block.
    mutating func byline(_ authors: [String], date: String?, source: String? = nil) {
        var lines: [String] = []
        if !authors.isEmpty { lines.append("By " + authors.joined(separator: ", ")) }
        if let date, !date.isEmpty { lines.append(date) }
        if let source, !source.isEmpty { lines.append(source) }
        guard !lines.isEmpty else { return }
        output.beginBlock()
        output.appendWrapped(lines.joined(separator: "\n"), width: available)
    }

    /// The number shown for a note: one per label, in order of first reference.
    mutating func noteNumber(for note: Footnote) -> Int {
        if let label = note.label, let number = numbersByLabel[label] {
            if notes[number - 1].blocks.isEmpty { notes[number - 1].blocks = note.blocks }
            return number
        }
        notes.append(note)
        if let label = note.label { numbersByLabel[label] = notes.count }
        return notes.count
    }

    /// The notes as `[n] text` with a hanging indent, after a short rule. Notes referenced from
    /// notes are numbered as they are met and written in the same run.
    private mutating func renderNotes() {
        guard !notes.isEmpty else { return }
        output.beginBlock()
        output.line("----")
        var index = 0
        while index < notes.count {
            let marker = "[\(index + 1)] "
            output.beginBlock()
            output.push(first: marker, rest: String(repeating: " ", count: marker.count), tight: false)
            blocks(notes[index].blocks, depth: 1)
            output.pop()
            index += 1
        }
    }

    /// Columns left for content at the current indentation (never fewer than 20).
    var available: Int? { wrap.map { max($0 - output.indentWidth, 20) } }
}

/// Rendered HTML for a run of blocks, with the headings it contains (for a table of contents
/// or an EPUB navigation document).
public struct HTMLFragment: Sendable, Hashable {
    /// A heading as rendered: its level, its `id` (if it has one) and its text.
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var id: String?
        /// The heading's plain text, for a table of contents.
        public var text: String

        public init(level: Int, id: String?, text: String) {
            self.level = level
            self.id = id
            self.text = text
        }
    }

    /// The markup, one block per line, ending with a newline unless empty. Footnotes of the
    /// fragment come at its end (in the style ``HTMLWriterOptions/footnoteStyle`` chose).
    public var html: String
    /// Every heading, in document order.
    public var headings: [Heading]

    public init(html: String, headings: [Heading]) {
        self.html = html
        self.headings = headings
    }
}

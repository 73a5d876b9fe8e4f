/// A table: column alignments, header rows, body rows and an optional caption.
public struct Table: Hashable, Sendable, Codable {
    public enum Alignment: String, Hashable, Sendable, Codable { case none, left, center, right }

    /// One cell. Spans larger than one are kept so writers can emit `colspan` / `rowspan`.
    public struct Cell: Hashable, Sendable, Codable {
        public var blocks: [Block]
        public var columnSpan: Int
        public var rowSpan: Int
        /// Overrides the column's alignment.
        public var alignment: Alignment?

        public init(blocks: [Block], columnSpan: Int = 1, rowSpan: Int = 1, alignment: Alignment? = nil) {
            self.blocks = blocks
            self.columnSpan = columnSpan
            self.rowSpan = rowSpan
            self.alignment = alignment
        }

        /// A cell holding inlines only.
        public init(_ inlines: [Inline]) { self.init(blocks: inlines.isEmpty ? [] : [.plain(inlines)]) }
    }

    public typealias Row = [Cell]

    public var caption: [Inline]
    public var alignments: [Alignment]
    public var head: [Row]
    public var body: [Row]
    public var attributes: Attributes

    public init(caption: [Inline] = [], alignments: [Alignment], head: [Row], body: [Row], attributes: Attributes = .init()) {
        self.caption = caption
        self.alignments = alignments
        self.head = head
        self.body = body
        self.attributes = attributes
    }

    /// The widest span counted, as in browsers (HTML caps `colspan` at 1000): a span from the
    /// input can be any integer, and must not make a writer lay out billions of columns.
    public static let maximumColumnSpan = 1000

    /// The number of columns: the widest row, counting spans (each at most ``maximumColumnSpan``).
    public var columnCount: Int {
        (head + body).map { $0.reduce(0) { $0 + min(max(1, $1.columnSpan), Self.maximumColumnSpan) } }
            .max().map { max($0, alignments.count) } ?? alignments.count
    }
}

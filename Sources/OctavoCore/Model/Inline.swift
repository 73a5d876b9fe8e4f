/// Inline content: the runs of text and markup inside a block.
public indirect enum Inline: Hashable, Sendable {
    /// Literal text.
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case superscript([Inline])
    case `subscript`([Inline])
    /// Inline code, verbatim.
    case code(String)
    case link(Link)
    case image(Image)
    /// A line ending that readers may reflow.
    case softBreak
    /// A hard line break.
    case lineBreak
    /// A note whose blocks belong at the point of reference.
    case footnote(Footnote)
    /// A span of inlines with attributes (a stage direction, a quotation, a class worth keeping).
    case span(Attributes, [Inline])
    /// Markup in another format, passed through (for example `html`).
    case raw(format: String, text: String)
}

/// A hyperlink.
public struct Link: Hashable, Sendable, Codable {
    public var destination: String
    public var title: String?
    public var content: [Inline]

    public init(destination: String, title: String? = nil, content: [Inline]) {
        self.destination = destination
        self.title = title
        self.content = content
    }
}

/// An image reference. The bytes are not held here: writers resolve `source` when they embed.
public struct Image: Hashable, Sendable, Codable {
    public var source: String
    public var title: String?
    /// The alternative text, as inlines (CommonMark allows markup there); see ``Inline/plainText(of:)``.
    public var alt: [Inline]
    public var attributes: Attributes

    public init(source: String, title: String? = nil, alt: [Inline] = [], attributes: Attributes = .init()) {
        self.source = source
        self.title = title
        self.alt = alt
        self.attributes = attributes
    }
}

/// A footnote. References that share a label share one note.
public struct Footnote: Hashable, Sendable, Codable {
    /// The source's label (`[^label]`), if it had one.
    public var label: String?
    public var blocks: [Block]

    public init(label: String? = nil, blocks: [Block]) {
        self.label = label
        self.blocks = blocks
    }
}

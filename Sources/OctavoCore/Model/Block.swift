/// Block content: paragraphs, headings, lists and the containers that hold them.
public indirect enum Block: Hashable, Sendable {
    case paragraph([Inline])
    /// Inlines not wrapped in a paragraph (a table cell's text, a reader with no notion of paragraphs).
    case plain([Inline])
    case heading(Heading)
    case blockQuote([Block])
    case list(ListBlock)
    case codeBlock(CodeBlock)
    case thematicBreak
    case table(Table)
    case figure(Figure)
    case definitionList([DefinitionItem])
    /// Lines whose breaks matter (verse, an address, lyrics).
    case lineBlock([[Inline]])
    /// A generic container: an article or section boundary, a speaker turn (see ``Conventions``).
    case division(Attributes, [Block])
    /// Markup in another format, passed through (for example `html`).
    case raw(format: String, text: String)
}

/// A section heading.
public struct Heading: Hashable, Sendable, Codable {
    /// 1 to 6.
    public var level: Int
    public var content: [Inline]
    public var attributes: Attributes

    public init(level: Int, content: [Inline], attributes: Attributes = .init()) {
        self.level = level
        self.content = content
        self.attributes = attributes
    }
}

/// A fenced or indented block of code, kept verbatim.
public struct CodeBlock: Hashable, Sendable, Codable {
    /// The first word of the info string (`swift` in ```` ```swift ````), if any.
    public var language: String?
    /// The whole info string, when it says more than the language.
    public var info: String?
    public var text: String
    public var attributes: Attributes

    public init(language: String? = nil, info: String? = nil, text: String, attributes: Attributes = .init()) {
        self.language = language
        self.info = info
        self.text = text
        self.attributes = attributes
    }
}

/// An item of a definition list: a term and one or more definitions.
public struct DefinitionItem: Hashable, Sendable, Codable {
    public var term: [Inline]
    public var definitions: [[Block]]

    public init(term: [Inline], definitions: [[Block]]) {
        self.term = term
        self.definitions = definitions
    }
}

/// A figure: content (usually an image) with a caption.
public struct Figure: Hashable, Sendable, Codable {
    public var content: [Block]
    public var caption: [Inline]
    public var attributes: Attributes

    public init(content: [Block], caption: [Inline] = [], attributes: Attributes = .init()) {
        self.content = content
        self.caption = caption
        self.attributes = attributes
    }
}

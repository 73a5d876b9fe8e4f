/// What is known about a document or a book. Every field is optional; `extra` holds the rest.
public struct Metadata: Hashable, Sendable, Codable {
    public var title: String?
    public var subtitle: String?
    public var authors: [String]
    /// As found (ISO 8601 where the source gave one).
    public var date: String?
    /// A BCP 47 tag such as `en` or `pt-BR`.
    public var language: String?
    public var publisher: String?
    /// Where the content came from: a page URL or a file name.
    public var source: String?
    /// The site or publication a web article came from.
    public var siteName: String?
    public var description: String?
    public var subjects: [String]
    public var rights: String?
    public var identifier: String?
    /// A path or reference to a cover image.
    public var cover: String?
    /// Everything else, by key.
    public var extra: [String: String]

    public init(title: String? = nil, subtitle: String? = nil, authors: [String] = [], date: String? = nil,
                language: String? = nil, publisher: String? = nil, source: String? = nil, siteName: String? = nil,
                description: String? = nil, subjects: [String] = [], rights: String? = nil, identifier: String? = nil,
                cover: String? = nil, extra: [String: String] = [:]) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.date = date
        self.language = language
        self.publisher = publisher
        self.source = source
        self.siteName = siteName
        self.description = description
        self.subjects = subjects
        self.rights = rights
        self.identifier = identifier
        self.cover = cover
        self.extra = extra
    }

    /// Fills every field that is unset here from `other`; fields set here win.
    public func filling(from other: Metadata) -> Metadata {
        var m = self
        m.title = title ?? other.title
        m.subtitle = subtitle ?? other.subtitle
        m.authors = authors.isEmpty ? other.authors : authors
        m.date = date ?? other.date
        m.language = language ?? other.language
        m.publisher = publisher ?? other.publisher
        m.source = source ?? other.source
        m.siteName = siteName ?? other.siteName
        m.description = description ?? other.description
        m.subjects = subjects.isEmpty ? other.subjects : subjects
        m.rights = rights ?? other.rights
        m.identifier = identifier ?? other.identifier
        m.cover = cover ?? other.cover
        m.extra = other.extra.merging(extra) { _, mine in mine }
        return m
    }

    private enum CodingKeys: String, CodingKey {
        case title, subtitle, authors, date, language, publisher, source, siteName, description, subjects
        case rights, identifier, cover, extra
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try c.decodeIfPresent(String.self, forKey: .title),
            subtitle: try c.decodeIfPresent(String.self, forKey: .subtitle),
            authors: try c.decodeIfPresent([String].self, forKey: .authors) ?? [],
            date: try c.decodeIfPresent(String.self, forKey: .date),
            language: try c.decodeIfPresent(String.self, forKey: .language),
            publisher: try c.decodeIfPresent(String.self, forKey: .publisher),
            source: try c.decodeIfPresent(String.self, forKey: .source),
            siteName: try c.decodeIfPresent(String.self, forKey: .siteName),
            description: try c.decodeIfPresent(String.self, forKey: .description),
            subjects: try c.decodeIfPresent([String].self, forKey: .subjects) ?? [],
            rights: try c.decodeIfPresent(String.self, forKey: .rights),
            identifier: try c.decodeIfPresent(String.self, forKey: .identifier),
            cover: try c.decodeIfPresent(String.self, forKey: .cover),
            extra: try c.decodeIfPresent([String: String].self, forKey: .extra) ?? [:])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(subtitle, forKey: .subtitle)
        if !authors.isEmpty { try c.encode(authors, forKey: .authors) }
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(language, forKey: .language)
        try c.encodeIfPresent(publisher, forKey: .publisher)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encodeIfPresent(siteName, forKey: .siteName)
        try c.encodeIfPresent(description, forKey: .description)
        if !subjects.isEmpty { try c.encode(subjects, forKey: .subjects) }
        try c.encodeIfPresent(rights, forKey: .rights)
        try c.encodeIfPresent(identifier, forKey: .identifier)
        try c.encodeIfPresent(cover, forKey: .cover)
        if !extra.isEmpty { try c.encode(extra, forKey: .extra) }
    }
}

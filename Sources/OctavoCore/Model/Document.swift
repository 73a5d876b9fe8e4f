/// One input, read: metadata, blocks and the resources its content refers to.
public struct Document: Hashable, Sendable, Codable {
    public var metadata: Metadata
    public var blocks: [Block]
    /// Local files the content refers to (images), recorded by readers for writers that embed them.
    public var resources: [Resource]
    /// The path of the file this document was read from (`nil` for stdin); relative
    /// resources resolve against its folder.
    public var sourcePath: String?

    public init(metadata: Metadata = .init(), blocks: [Block] = [], resources: [Resource] = [], sourcePath: String? = nil) {
        self.metadata = metadata
        self.blocks = blocks
        self.resources = resources
        self.sourcePath = sourcePath
    }

    private enum CodingKeys: String, CodingKey { case metadata, blocks, resources, sourcePath }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        metadata = try c.decodeIfPresent(Metadata.self, forKey: .metadata) ?? .init()
        blocks = try c.decodeIfPresent([Block].self, forKey: .blocks) ?? []
        resources = try c.decodeIfPresent([Resource].self, forKey: .resources) ?? []
        sourcePath = try c.decodeIfPresent(String.self, forKey: .sourcePath)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(blocks, forKey: .blocks)
        if !resources.isEmpty { try c.encode(resources, forKey: .resources) }
        try c.encodeIfPresent(sourcePath, forKey: .sourcePath)
    }
}

/// A file a document refers to, as written in the source (`img/a.png`, `data:…`, `https://…`).
public struct Resource: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case image, stylesheet, other }

    public var reference: String
    public var kind: Kind

    public init(reference: String, kind: Kind = .image) {
        self.reference = reference
        self.kind = kind
    }
}

/// A compilation: book-level metadata and documents in order. One input converts as a book of one.
public struct Book: Hashable, Sendable, Codable {
    public var metadata: Metadata
    public var documents: [Document]

    public init(metadata: Metadata = .init(), documents: [Document]) {
        self.metadata = metadata
        self.documents = documents
    }
}

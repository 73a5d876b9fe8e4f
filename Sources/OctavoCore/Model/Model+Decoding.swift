// Lenient decoding for the model's structs: every field that has a natural empty value may be
// left out of the JSON (docs/model-json.md), so filters can write `{"type": "heading",
// "level": 2, "content": […]}` without spelling out empty attributes.

extension Heading {
    enum CodingKeys: String, CodingKey { case level, content, attributes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(level: try c.decode(Int.self, forKey: .level),
                  content: try c.decodeIfPresent([Inline].self, forKey: .content) ?? [],
                  attributes: try c.decodeIfPresent(Attributes.self, forKey: .attributes) ?? .init())
    }
}

extension CodeBlock {
    enum CodingKeys: String, CodingKey { case language, info, text, attributes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(language: try c.decodeIfPresent(String.self, forKey: .language),
                  info: try c.decodeIfPresent(String.self, forKey: .info),
                  text: try c.decodeIfPresent(String.self, forKey: .text) ?? "",
                  attributes: try c.decodeIfPresent(Attributes.self, forKey: .attributes) ?? .init())
    }
}

extension Figure {
    enum CodingKeys: String, CodingKey { case content, caption, attributes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(content: try c.decodeIfPresent([Block].self, forKey: .content) ?? [],
                  caption: try c.decodeIfPresent([Inline].self, forKey: .caption) ?? [],
                  attributes: try c.decodeIfPresent(Attributes.self, forKey: .attributes) ?? .init())
    }
}

extension ListBlock {
    enum CodingKeys: String, CodingKey { case kind, isTight, items, attributes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .bullet,
                  isTight: try c.decodeIfPresent(Bool.self, forKey: .isTight) ?? true,
                  items: try c.decodeIfPresent([Item].self, forKey: .items) ?? [],
                  attributes: try c.decodeIfPresent(Attributes.self, forKey: .attributes) ?? .init())
    }
}

extension ListBlock.Item {
    enum CodingKeys: String, CodingKey { case task, blocks }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(task: try c.decodeIfPresent(ListBlock.Task.self, forKey: .task),
                  blocks: try c.decodeIfPresent([Block].self, forKey: .blocks) ?? [])
    }
}

extension Table {
    enum CodingKeys: String, CodingKey { case caption, alignments, head, body, attributes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(caption: try c.decodeIfPresent([Inline].self, forKey: .caption) ?? [],
                  alignments: try c.decodeIfPresent([Alignment].self, forKey: .alignments) ?? [],
                  head: try c.decodeIfPresent([Row].self, forKey: .head) ?? [],
                  body: try c.decodeIfPresent([Row].self, forKey: .body) ?? [],
                  attributes: try c.decodeIfPresent(Attributes.self, forKey: .attributes) ?? .init())
    }
}

extension Table.Cell {
    enum CodingKeys: String, CodingKey { case blocks, columnSpan, rowSpan, alignment }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(blocks: try c.decodeIfPresent([Block].self, forKey: .blocks) ?? [],
                  columnSpan: try c.decodeIfPresent(Int.self, forKey: .columnSpan) ?? 1,
                  rowSpan: try c.decodeIfPresent(Int.self, forKey: .rowSpan) ?? 1,
                  alignment: try c.decodeIfPresent(Table.Alignment.self, forKey: .alignment))
    }
}

extension Link {
    enum CodingKeys: String, CodingKey { case destination, title, content }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(destination: try c.decode(String.self, forKey: .destination),
                  title: try c.decodeIfPresent(String.self, forKey: .title),
                  content: try c.decodeIfPresent([Inline].self, forKey: .content) ?? [])
    }
}

extension Image {
    enum CodingKeys: String, CodingKey { case source, title, alt, attributes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(source: try c.decode(String.self, forKey: .source),
                  title: try c.decodeIfPresent(String.self, forKey: .title),
                  alt: try c.decodeIfPresent([Inline].self, forKey: .alt) ?? [],
                  attributes: try c.decodeIfPresent(Attributes.self, forKey: .attributes) ?? .init())
    }
}

extension Footnote {
    enum CodingKeys: String, CodingKey { case label, blocks }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(label: try c.decodeIfPresent(String.self, forKey: .label),
                  blocks: try c.decodeIfPresent([Block].self, forKey: .blocks) ?? [])
    }
}

extension DefinitionItem {
    enum CodingKeys: String, CodingKey { case term, definitions }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(term: try c.decodeIfPresent([Inline].self, forKey: .term) ?? [],
                  definitions: try c.decodeIfPresent([[Block]].self, forKey: .definitions) ?? [])
    }
}

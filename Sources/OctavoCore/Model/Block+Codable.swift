// The JSON form of a block: an object whose `type` names the case. Cases with a struct payload
// flatten its fields into the same object (`{"type": "heading", "level": 2, "content": […]}`).
// docs/model-json.md documents every form.

extension Block: Codable {
    private enum CodingKeys: String, CodingKey { case type, content, blocks, attributes, items, lines, format, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "paragraph": self = .paragraph(try c.decode([Inline].self, forKey: .content))
        case "plain": self = .plain(try c.decode([Inline].self, forKey: .content))
        case "heading": self = .heading(try Heading(from: decoder))
        case "blockQuote": self = .blockQuote(try c.decode([Block].self, forKey: .blocks))
        case "list": self = .list(try ListBlock(from: decoder))
        case "codeBlock": self = .codeBlock(try CodeBlock(from: decoder))
        case "thematicBreak": self = .thematicBreak
        case "table": self = .table(try Table(from: decoder))
        case "figure": self = .figure(try Figure(from: decoder))
        case "definitionList": self = .definitionList(try c.decode([DefinitionItem].self, forKey: .items))
        case "lineBlock": self = .lineBlock(try c.decode([[Inline]].self, forKey: .lines))
        case "division":
            self = .division(try c.decodeIfPresent(Attributes.self, forKey: .attributes) ?? .init(),
                             try c.decode([Block].self, forKey: .blocks))
        case "raw": self = .raw(format: try c.decode(String.self, forKey: .format), text: try c.decode(String.self, forKey: .text))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown block type '\(type)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(typeName, forKey: .type)
        switch self {
        case let .paragraph(content), let .plain(content): try c.encode(content, forKey: .content)
        case let .heading(heading): try heading.encode(to: encoder)
        case let .blockQuote(blocks): try c.encode(blocks, forKey: .blocks)
        case let .list(list): try list.encode(to: encoder)
        case let .codeBlock(code): try code.encode(to: encoder)
        case .thematicBreak: break
        case let .table(table): try table.encode(to: encoder)
        case let .figure(figure): try figure.encode(to: encoder)
        case let .definitionList(items): try c.encode(items, forKey: .items)
        case let .lineBlock(lines): try c.encode(lines, forKey: .lines)
        case let .division(attributes, blocks):
            if !attributes.isEmpty { try c.encode(attributes, forKey: .attributes) }
            try c.encode(blocks, forKey: .blocks)
        case let .raw(format, text):
            try c.encode(format, forKey: .format)
            try c.encode(text, forKey: .text)
        }
    }

    /// The case's name as written in JSON and tree dumps.
    public var typeName: String {
        switch self {
        case .paragraph: "paragraph"
        case .plain: "plain"
        case .heading: "heading"
        case .blockQuote: "blockQuote"
        case .list: "list"
        case .codeBlock: "codeBlock"
        case .thematicBreak: "thematicBreak"
        case .table: "table"
        case .figure: "figure"
        case .definitionList: "definitionList"
        case .lineBlock: "lineBlock"
        case .division: "division"
        case .raw: "raw"
        }
    }
}

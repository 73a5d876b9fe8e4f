// The JSON form of an inline: an object whose `type` names the case; struct payloads are
// flattened into it (`{"type": "link", "destination": "…", "content": […]}`).

extension Inline: Codable {
    private enum CodingKeys: String, CodingKey { case type, text, content, attributes, format }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "text": self = .text(try c.decode(String.self, forKey: .text))
        case "emphasis": self = .emphasis(try c.decode([Inline].self, forKey: .content))
        case "strong": self = .strong(try c.decode([Inline].self, forKey: .content))
        case "strikethrough": self = .strikethrough(try c.decode([Inline].self, forKey: .content))
        case "superscript": self = .superscript(try c.decode([Inline].self, forKey: .content))
        case "subscript": self = .subscript(try c.decode([Inline].self, forKey: .content))
        case "code": self = .code(try c.decode(String.self, forKey: .text))
        case "link": self = .link(try Link(from: decoder))
        case "image": self = .image(try Image(from: decoder))
        case "softBreak": self = .softBreak
        case "lineBreak": self = .lineBreak
        case "footnote": self = .footnote(try Footnote(from: decoder))
        case "span":
            self = .span(try c.decodeIfPresent(Attributes.self, forKey: .attributes) ?? .init(),
                         try c.decode([Inline].self, forKey: .content))
        case "raw": self = .raw(format: try c.decode(String.self, forKey: .format), text: try c.decode(String.self, forKey: .text))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown inline type '\(type)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(typeName, forKey: .type)
        switch self {
        case let .text(text), let .code(text): try c.encode(text, forKey: .text)
        case let .emphasis(content), let .strong(content), let .strikethrough(content),
             let .superscript(content), let .subscript(content):
            try c.encode(content, forKey: .content)
        case let .link(link): try link.encode(to: encoder)
        case let .image(image): try image.encode(to: encoder)
        case .softBreak, .lineBreak: break
        case let .footnote(note): try note.encode(to: encoder)
        case let .span(attributes, content):
            if !attributes.isEmpty { try c.encode(attributes, forKey: .attributes) }
            try c.encode(content, forKey: .content)
        case let .raw(format, text):
            try c.encode(format, forKey: .format)
            try c.encode(text, forKey: .text)
        }
    }

    /// The case's name as written in JSON and tree dumps.
    public var typeName: String {
        switch self {
        case .text: "text"
        case .emphasis: "emphasis"
        case .strong: "strong"
        case .strikethrough: "strikethrough"
        case .superscript: "superscript"
        case .subscript: "subscript"
        case .code: "code"
        case .link: "link"
        case .image: "image"
        case .softBreak: "softBreak"
        case .lineBreak: "lineBreak"
        case .footnote: "footnote"
        case .span: "span"
        case .raw: "raw"
        }
    }
}

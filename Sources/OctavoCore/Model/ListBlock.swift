/// An ordered or bullet list.
public struct ListBlock: Hashable, Sendable, Codable {
    public enum Kind: Hashable, Sendable, Codable {
        case bullet
        /// Numbered from `start`; `delimiter` is `.` or `)` as written.
        case ordered(start: Int, delimiter: Character)

        private enum CodingKeys: String, CodingKey { case type, start, delimiter }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            switch try c.decode(String.self, forKey: .type) {
            case "bullet": self = .bullet
            case "ordered":
                let delimiter = try c.decodeIfPresent(String.self, forKey: .delimiter) ?? "."
                self = .ordered(start: try c.decodeIfPresent(Int.self, forKey: .start) ?? 1,
                                delimiter: delimiter.first ?? ".")
            case let other:
                throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown list kind '\(other)'")
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .bullet: try c.encode("bullet", forKey: .type)
            case let .ordered(start, delimiter):
                try c.encode("ordered", forKey: .type)
                try c.encode(start, forKey: .start)
                try c.encode(String(delimiter), forKey: .delimiter)
            }
        }
    }

    /// A task-list item's state.
    public enum Task: String, Hashable, Sendable, Codable { case open, done }

    /// One item: its blocks and, for task lists, its state.
    public struct Item: Hashable, Sendable, Codable {
        public var task: Task?
        public var blocks: [Block]

        public init(task: Task? = nil, blocks: [Block]) {
            self.task = task
            self.blocks = blocks
        }
    }

    public var kind: Kind
    /// A tight list's paragraphs are shown without spacing (`<li>text</li>`).
    public var isTight: Bool
    public var items: [Item]
    public var attributes: Attributes

    public init(kind: Kind, isTight: Bool = true, items: [Item], attributes: Attributes = .init()) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
        self.attributes = attributes
    }
}

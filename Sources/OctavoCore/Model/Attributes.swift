/// The universal attribute triple: an identifier, classes and key–value pairs.
///
/// Attributes carry what has no case of its own in the model: a speaker's name, a timestamp,
/// an HTML class worth keeping. Well-known keys and classes are listed in ``Conventions``.
public struct Attributes: Hashable, Sendable, Codable {
    /// A unique identifier (an HTML `id`), if any.
    public var id: String?
    /// Classes, in source order.
    public var classes: [String]
    /// Other named values. Writers emit them sorted by key.
    public var pairs: [String: String]

    public init(id: String? = nil, classes: [String] = [], pairs: [String: String] = [:]) {
        self.id = id
        self.classes = classes
        self.pairs = pairs
    }

    /// True when there is nothing to say.
    public var isEmpty: Bool { id == nil && classes.isEmpty && pairs.isEmpty }

    /// Whether `name` is among the classes.
    public func hasClass(_ name: String) -> Bool { classes.contains(name) }

    /// The value for `key`, if present.
    public subscript(key: String) -> String? {
        get { pairs[key] }
        set { pairs[key] = newValue }
    }

    private enum CodingKeys: String, CodingKey { case id, classes, pairs }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(String.self, forKey: .id)
        classes = try c.decodeIfPresent([String].self, forKey: .classes) ?? []
        pairs = try c.decodeIfPresent([String: String].self, forKey: .pairs) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        if !classes.isEmpty { try c.encode(classes, forKey: .classes) }
        if !pairs.isEmpty { try c.encode(pairs, forKey: .pairs) }
    }
}

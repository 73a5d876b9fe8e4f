/// How a format is named and recognised: its name, aliases and file extensions.
public struct FormatDescription: Hashable, Sendable {
    /// The name used with `-f` / `-t` (`markdown`, `html`, `epub`).
    public var name: String
    /// Other names that select the same format (`md`, `gfm`).
    public var aliases: [String]
    /// File extensions without the dot, lowercase (`md`, `markdown`).
    public var extensions: [String]
    /// One line for `octavo formats`.
    public var summary: String
    /// MIME types of the format (`text/org`), lowercase.
    public var mediaTypes: [String]

    public init(name: String, aliases: [String] = [], extensions: [String] = [], summary: String,
                mediaTypes: [String] = []) {
        self.name = name
        self.aliases = aliases
        self.extensions = extensions
        self.summary = summary
        self.mediaTypes = mediaTypes
    }

    /// Whether `name` is this format's name or one of its aliases (case-insensitive).
    public func isNamed(_ other: String) -> Bool {
        let key = other.lowercased()
        return name == key || aliases.contains(key)
    }
}

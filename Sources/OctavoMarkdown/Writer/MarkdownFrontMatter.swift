import OctavoCore
import Yams

/// Metadata as YAML front matter between `---` lines, written by Yams (which quotes what YAML
/// needs quoted). Keys are the ones the Markdown reader reads back; other fields follow, sorted.
enum MarkdownFrontMatter {
    /// The front matter lines, or nil when there is no metadata to write.
    static func lines(for metadata: Metadata) -> [String]? {
        var pairs: [(Node, Node)] = []
        func add(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { pairs.append((Node(key), scalar(value))) }
        }
        func add(_ key: String, list: [String]) {
            let items = list.filter { !$0.isEmpty }
            if !items.isEmpty { pairs.append((Node(key), Node(items.map(scalar)))) }
        }
        add("title", metadata.title)
        add("subtitle", metadata.subtitle)
        add("author", list: metadata.authors)
        add("date", metadata.date)
        add("lang", metadata.language)
        add("source", metadata.source)
        add("site", metadata.siteName)
        add("publisher", metadata.publisher)
        add("description", metadata.description)
        add("keywords", list: metadata.subjects)
        add("rights", metadata.rights)
        add("identifier", metadata.identifier)
        add("cover", metadata.cover)
        for key in metadata.extra.keys.sorted() where !known.contains(key.lowercased()) { add(key, metadata.extra[key]) }
        guard !pairs.isEmpty,
              let yaml = try? Yams.serialize(node: Node(pairs), width: -1, allowUnicode: true)
        else { return nil }
        var body = yaml
        while body.hasSuffix("\n") { body.removeLast() }
        return ["---"] + body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + ["---"]
    }

    /// A string scalar, quoted by the emitter when plain YAML would read it as something else.
    private static func scalar(_ value: String) -> Node {
        let plain = Node(value)
        let resolved = Resolver.default.resolveTag(of: plain)
        return resolved == .str ? plain : Node(value, .implicit, .doubleQuoted)
    }

    /// Keys the reader gives a field of their own: an extra entry by one of these names would
    /// come back as that field.
    private static let known: Set<String> = [
        "title", "subtitle", "author", "authors", "date", "lang", "language", "description", "abstract", "summary",
        "publisher", "rights", "copyright", "license", "identifier", "isbn", "id", "subject", "subjects", "keywords",
        "tags", "cover", "cover-image", "cover_image", "coverimage", "source", "url", "site", "site-name",
    ]
}

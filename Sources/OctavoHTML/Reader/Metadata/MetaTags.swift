/// The page's `<meta>` values by normalised key (`og:title`, `author`, `article:published_time`),
/// first occurrence winning. A `property` attribute may name several keys at once.
struct MetaTags {
    private(set) var values: [String: String] = [:]

    static let propertyKeys: Set<String> = ["author", "creator", "description", "published_time", "title", "site_name",
                                            "modified_time", "url", "image", "locale"]
    static let namespaces: Set<String> = ["article", "dc", "dcterm", "og", "twitter", "parsely", "weibo:article", "weibo:webpage"]

    init(page: HTMLPage) {
        for meta in page.elements(named: "meta") {
            guard let content = page.attribute(meta, "content").map(Whitespace.collapse), !content.isEmpty else { continue }
            if let property = page.attribute(meta, "property") {
                for key in property.lowercased().split(separator: " ") { add(String(key), content) }
            }
            if let name = page.attribute(meta, "name") ?? page.attribute(meta, "itemprop") {
                let key = name.lowercased().filter { !$0.isWhitespace }.replacingOccurrences(of: ".", with: ":")
                add(key, content)
            }
        }
    }

    private mutating func add(_ key: String, _ content: String) {
        if values[key] == nil { values[key] = content }
    }

    subscript(key: String) -> String? { values[key] }

    /// The first of `keys` that has a value.
    func first(_ keys: String...) -> String? {
        keys.lazy.compactMap { values[$0] }.first
    }
}

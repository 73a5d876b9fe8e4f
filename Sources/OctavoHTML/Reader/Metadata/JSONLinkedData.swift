import Foundation

/// What a page's schema.org JSON-LD says about its article: headline, authors, date,
/// description and publisher.
struct JSONLinkedData {
    var title: String?
    var authors: [String] = []
    var datePublished: String?
    var description: String?
    var siteName: String?

    static let articleTypes: Set<String> = [
        "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
        "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report",
        "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
        "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference",
    ]

    /// The first article object among the page's `application/ld+json` scripts.
    init?(page: HTMLPage, htmlTitle: String?) {
        for script in page.elements(named: "script") {
            guard page.attribute(script, "type")?.lowercased() == "application/ld+json" else { continue }
            var text = page.tree.textContent(of: script).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("<![CDATA[") { text = String(text.dropFirst(9).dropLast(3)) }
            guard let data = text.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
                  let article = Self.findArticle(json) else { continue }
            self.init(article, htmlTitle: htmlTitle)
            return
        }
        return nil
    }

    private init(_ object: [String: Any], htmlTitle: String?) {
        let name = (object["name"] as? String).map(Whitespace.collapse)
        let headline = (object["headline"] as? String).map(Whitespace.collapse)
        if let name, let headline, name != headline, let htmlTitle {
            let nameMatches = TitleSimilarity.similarity(name, htmlTitle) > 0.75
            let headlineMatches = TitleSimilarity.similarity(headline, htmlTitle) > 0.75
            title = headlineMatches && !nameMatches ? headline : name
        } else {
            title = name ?? headline
        }
        authors = Self.names(object["author"])
        datePublished = object["datePublished"] as? String
        description = (object["description"] as? String).map(Whitespace.collapse)
        siteName = (object["publisher"] as? [String: Any])?["name"] as? String
        if title?.isEmpty == true { title = nil }
        if description?.isEmpty == true { description = nil }
    }

    private static func names(_ value: Any?) -> [String] {
        if let name = value as? String { return [Whitespace.collapse(name)].filter { !$0.isEmpty } }
        if let object = value as? [String: Any] { return names(object["name"]) }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }

    /// Depth-first search (bounded: JSON-LD is shallow) for an object whose `@type` is an article type.
    private static func findArticle(_ json: Any, depth: Int = 0) -> [String: Any]? {
        guard depth < 8 else { return nil }
        if let array = json as? [Any] {
            return array.lazy.compactMap { findArticle($0, depth: depth + 1) }.first
        }
        guard let object = json as? [String: Any] else { return nil }
        if let graph = object["@graph"] { return findArticle(graph, depth: depth + 1) }
        let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        if types.contains(where: articleTypes.contains) { return object }
        if let main = object["mainEntity"] ?? object["mainEntityOfPage"], let found = findArticle(main, depth: depth + 1) { return found }
        return nil
    }
}

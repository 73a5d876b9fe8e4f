import Foundation
import OctavoCore

/// Everything a page says about itself, from the most to the least reliable source:
/// JSON-LD, Dublin Core / Open Graph / Twitter / Parse.ly `<meta>` tags, then the markup
/// (`<title>`, `<h1>`, `<html lang>`, `<time datetime>`, `rel=author`, byline classes).
struct PageMetadata {
    var metadata = Metadata()
    /// The page's own URL (`<link rel=canonical>`, else `og:url`), if it gives one.
    var canonicalURL: String?

    init(page: HTMLPage) {
        let meta = MetaTags(page: page)
        let documentTitle = page.elements(named: "title").first { !page.hasAncestor($0, named: "svg") }
            .map { page.tree.textContent(of: $0) }
        let jsonLD = JSONLinkedData(page: page, htmlTitle: documentTitle)
        var m = Metadata()
        m.title = jsonLD?.title
            ?? meta.first("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
                          "twitter:title", "parsely-title")
            ?? documentTitle.map { TitleFinder.articleTitle(documentTitle: $0, page: page) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? page.elements(named: "h1").first.map { page.text(of: $0) }
        if let authors = jsonLD?.authors, !authors.isEmpty {
            m.authors = authors.map(Self.cleanByline).filter { !$0.isEmpty }
        } else if let author = meta.first("dc:creator", "dcterm:creator", "author", "parsely-author") {
            m.authors = [Self.cleanByline(author)].filter { !$0.isEmpty }
        } else if let author = meta["article:author"], !author.hasPrefix("http") {
            m.authors = [Self.cleanByline(author)].filter { !$0.isEmpty }
        } else if let byline = Self.bylineInMarkup(page) {
            m.authors = [byline]
        }
        m.description = jsonLD?.description
            ?? meta.first("dc:description", "dcterm:description", "og:description", "weibo:article:description",
                          "weibo:webpage:description", "description", "twitter:description")
        m.siteName = jsonLD?.siteName ?? meta["og:site_name"]
        // The publication day as ISO 8601 (`2019-11-20`): the first source that gives a readable date.
        let dates = [jsonLD?.datePublished] + ["article:published_time", "parsely-pub-date", "datepublished", "dc:date",
                                               "dcterms:date", "date"].map { meta[$0] } + Self.timeElements(page)
        m.date = dates.lazy.compactMap { $0.flatMap(ISODate.day) }.first
        if let lang = page.attribute(page.tree.root, "lang") ?? page.attribute(page.body, "lang"), !lang.isEmpty {
            m.language = lang.trimmingCharacters(in: .whitespaces)
        }
        canonicalURL = page.elements(named: "link").first { page.attribute($0, "rel")?.lowercased() == "canonical" }
            .flatMap { page.attribute($0, "href") } ?? meta["og:url"]
        if let canonicalURL, !canonicalURL.isEmpty { m.source = canonicalURL }
        if let direction = page.attribute(page.tree.root, "dir")?.lowercased(), direction == "rtl" || direction == "ltr" {
            m.extra["dir"] = direction
        }
        if let extraTitle = m.title { m.title = Whitespace.collapse(extraTitle) }
        metadata = m
    }

    /// Adds a byline found in the content when the page's metadata named no author.
    mutating func adopt(byline: String?) {
        guard metadata.authors.isEmpty, let byline else { return }
        let cleaned = Self.cleanByline(byline)
        if !cleaned.isEmpty { metadata.authors = [cleaned] }
    }

    /// The names a byline gives (``BylineCleaner``): `By Jane Doe, Staff Writer` → `Jane Doe`.
    static func cleanByline(_ text: String) -> String {
        BylineCleaner.clean(text)
    }

    static let bylineClasses = PhraseSet(["byline", "author-name", "p-author"])

    /// The text of the first `rel=author`, `itemprop=author` or byline-classed element that is short enough to be a name.
    private static func bylineInMarkup(_ page: HTMLPage) -> String? {
        for i in page.body..<page.count where page.isElement(i) {
            let isAuthor = page.attribute(i, "rel")?.lowercased() == "author" || page.attribute(i, "itemprop")?.contains("author") == true
                || Self.bylineClasses.occurs(in: page.classAndID(i))
            guard isAuthor else { continue }
            let text = cleanByline(page.text(of: i))
            if !text.isEmpty && text.count < 100 { return text }
        }
        return nil
    }

    /// The `datetime` values of the page's first few `<time>` elements.
    private static func timeElements(_ page: HTMLPage) -> [String?] {
        page.elements(named: "time", under: page.body).prefix(4).map { page.attribute($0, "datetime") }
    }
}

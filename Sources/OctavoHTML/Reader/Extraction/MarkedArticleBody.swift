/// The article's body as the page marks it: the one element with schema.org's
/// `itemprop="articleBody"`, else the page's only `<article>` element, else the only element with
/// a body's class name (``bodyClassNames``; one inside another counts once), else the one
/// `<article>` holding the title's heading (``TitledArticle``). When the page marks one
/// that holds real paragraphs, extraction looks nowhere else, so comments, related stories and
/// sidebars beside it cannot win even when the article is short.
enum MarkedArticleBody {
    /// Class names publishing systems give the element that holds an article's text, when the
    /// page marks it no other way.
    static let bodyClassNames: Set<String> = ["articlebody", "article-body", "article__body", "story-body",
                                              "entry-content", "post-content", "post-body"]

    /// Text (in characters) the marked element's paragraphs must hold to be trusted.
    static let minimumParagraphText: Int32 = 140

    /// The marked element, if the page has exactly one that holds enough paragraph text.
    static func find(_ page: HTMLPage, title: String? = nil, dropped: [Bool], metrics: NodeMetrics) -> Int? {
        var bodies: [Int] = [], articles: [Int] = [], named: [Int] = []
        for i in page.body..<page.count where !dropped[i] && page.isElement(i) {
            if page.attribute(i, "itemprop")?.lowercased().split(separator: " ").contains("articlebody") == true { bodies.append(i) }
            if page.name(i) == "article" { articles.append(i) }
            if let classes = page.attribute(i, "class")?.lowercased().split(separator: " "),
               classes.contains(where: { bodyClassNames.contains(String($0)) }),
               !named.contains(where: { page.tree.lastDescendant(of: $0) >= i }) {
                named.append(i)
            }
        }
        let titled = TitledArticle.find(page, title: title, articles: articles, dropped: dropped).map { [$0] } ?? []
        for marked in [bodies, articles, named, titled] where marked.count == 1 {
            if paragraphText(marked[0], page: page, dropped: dropped, metrics: metrics) >= minimumParagraphText {
                return widened(marked[0], page: page, metrics: metrics)
            }
        }
        return nil
    }

    /// How much more text than the marked element an ancestor may hold and still be taken
    /// instead: a lead photo, a subtitle or an author's note just outside the marked element
    /// belong to the article; a comment thread or a list of other stories is longer.
    static let widening = 1.3

    /// The highest ancestor of `marked` (below `body`) holding at most ``widening`` times its text.
    static func widened(_ marked: Int, page: HTMLPage, metrics: NodeMetrics) -> Int {
        let limit = Double(metrics.text[marked]) * widening
        var top = marked
        while let parent = page.parent(top), parent != page.body, Double(metrics.text[parent]) <= limit { top = parent }
        return top
    }

    /// `dropped` with everything outside `marked` added (its ancestors stay, so a walk from `body` reaches it).
    static func confine(_ dropped: [Bool], to marked: Int, page: HTMLPage) -> [Bool] {
        var out = dropped
        let end = page.tree.lastDescendant(of: marked)
        var ancestors: Set<Int> = []
        var current = page.parent(marked)
        while let p = current { ancestors.insert(p); current = page.parent(p) }
        for i in 0..<page.count where (i < marked || i > end) && !ancestors.contains(i) { out[i] = true }
        return out
    }

    private static func paragraphText(_ root: Int, page: HTMLPage, dropped: [Bool], metrics: NodeMetrics) -> Int32 {
        page.elements(named: "p", under: root).filter { !dropped[$0] }.reduce(0) { $0 + metrics.text[$1] }
    }
}

/// The story among several `<article>` elements: the one that holds the page's title as its
/// heading. Blogs and news sites often set the story and, after it, teasers of other posts as
/// sibling `<article>`s (`You may also like…`, each with a photo and a paragraph), whose
/// paragraphs together can outscore a short story. When exactly one outermost `<article>` holds an
/// `h1` or `h2` repeating the title and real paragraphs, extraction looks only there, as for a
/// ``MarkedArticleBody``. A page whose title heading stands outside every `<article>` (a live
/// blog's entries, a list of posts) is left alone.
enum TitledArticle {
    /// How closely a heading must repeat the title (``TitleSimilarity``), as when it is dropped.
    static let minimumSimilarity = 0.75

    /// The outermost `article` among `articles` holding the title's heading, if exactly one does.
    static func find(_ page: HTMLPage, title: String?, articles: [Int], dropped: [Bool]) -> Int? {
        guard let title, !title.isEmpty, articles.count > 1 else { return nil }
        let outermost = articles.filter { !page.hasAncestor($0, named: "article") }
        let titled = outermost.filter { article in
            (page.elements(named: "h1", under: article) + page.elements(named: "h2", under: article)).contains { heading in
                !dropped[heading] && TitleSimilarity.similarity(title, page.text(of: heading, dropped: dropped)) > minimumSimilarity
            }
        }
        return titled.count == 1 ? titled[0] : nil
    }
}

/// Finds a page's main content by scoring candidate containers, in the manner of Mozilla
/// Readability: paragraphs give points (for length and commas) to their parent and, decreasingly,
/// to four more ancestors; class/id hints and tag names adjust; link-heavy containers are
/// discounted; the best container is widened to related siblings and cleaned of chrome.
///
/// When the result is short, extraction retries with fewer rules (unlikely-name stripping,
/// class weights, conditional cleaning) and keeps the longest attempt.
struct ContentExtractor {
    struct Rules {
        var stripUnlikely = true
        var weightClasses = true
        var cleanConditionally = true
    }

    let page: HTMLPage
    /// The article's title, so a heading repeating it is not repeated in the content.
    let title: String?
    /// The authors and the site's name as the page's metadata gives them, so the boilerplate
    /// rules can tell a byline or a dateline left in the article.
    let authors: [String]
    let siteName: String?
    /// Nodes that are never content (scripts, hidden elements, outside `body`, outside a ``MarkedArticleBody``).
    let base: [Bool]
    let baseMetrics: NodeMetrics
    /// Characters of text on the whole page.
    let pageLength: Int32

    /// An article shorter than this (in characters) makes extraction retry with fewer rules.
    static let minimumLength = 500

    init(page: HTMLPage, title: String?, authors: [String] = [], siteName: String? = nil, base: [Bool]) {
        self.page = page
        self.title = title
        self.authors = authors
        self.siteName = siteName
        let metrics = NodeMetrics(page: page, dropped: base)
        pageLength = metrics.text[page.body]
        if let marked = MarkedArticleBody.find(page, title: title, dropped: base, metrics: metrics) {
            self.base = MarkedArticleBody.confine(base, to: marked, page: page)
            self.baseMetrics = NodeMetrics(page: page, dropped: self.base, reusing: metrics)
        } else {
            self.base = base
            self.baseMetrics = metrics
        }
    }

    func extract() -> ContentSelection {
        let attempts = [Rules(), Rules(stripUnlikely: false),
                        Rules(stripUnlikely: false, weightClasses: false),
                        Rules(stripUnlikely: false, weightClasses: false, cleanConditionally: false)]
        var best: (selection: ContentSelection, metrics: NodeMetrics)?
        var byline: String?
        for rules in attempts {
            var (selection, metrics) = attempt(rules, bylineFound: byline != nil)
            byline = byline ?? selection.byline
            selection.byline = byline
            if selection.length >= Self.minimumLength { return finished(selection, metrics: metrics) }
            if best == nil || selection.length > best!.selection.length { best = (selection, metrics) }
        }
        return finished(best!.selection, metrics: best!.metrics)
    }

    /// The chosen attempt with the boilerplate rules run over it (only over the one kept: they
    /// remove lines, never decide between attempts).
    private func finished(_ selection: ContentSelection, metrics: NodeMetrics) -> ContentSelection {
        var selection = selection
        BoilerplateRules.apply(page: page, metrics: metrics, roots: selection.roots,
                               authors: authors + (selection.byline.map { [$0] } ?? []), siteName: siteName,
                               dropped: &selection.dropped)
        return selection
    }

    /// Characters of text left under `roots`. Text nodes' lengths do not depend on what is dropped.
    private func keptLength(_ roots: [Int], dropped: [Bool]) -> Int {
        var total = 0
        var stack = roots
        while let i = stack.popLast() {
            guard !dropped[i] else { continue }
            if page.isText(i) { total += Int(baseMetrics.text[i]) } else if page.name(i) != "noscript" { stack.append(contentsOf: page.children(i)) }
        }
        return total
    }

    private func attempt(_ rules: Rules, bylineFound: Bool) -> (ContentSelection, NodeMetrics) {
        var walk = CandidateWalk(page: page, title: title, dropped: base, metrics: baseMetrics,
                                 rules: rules, looksForByline: !bylineFound)
        walk.run()
        let metrics = NodeMetrics(page: page, dropped: walk.dropped, reusing: baseMetrics)
        var scorer = CandidateScorer(page: page, metrics: metrics, rules: rules, dropped: walk.dropped)
        scorer.divLike = walk.splitParagraphs
        scorer.paragraphWrappers = walk.paragraphWrappers
        scorer.score(walk.units)
        let roots = scorer.selectRoots()
        var cleaner = ArticleCleaner(page: page, metrics: metrics, dropped: walk.dropped, rules: rules)
        cleaner.clean(roots)
        // The length decides whether to retry with fewer rules; boilerplate rules remove lines, not whole articles.
        let length = keptLength(roots, dropped: cleaner.dropped)
        return (ContentSelection(roots: roots, dropped: cleaner.dropped, byline: walk.byline, length: length), metrics)
    }
}

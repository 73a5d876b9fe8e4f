/// A named rule that removes boilerplate left inside the chosen article: it looks at the
/// article's text blocks (``TextBlocks``) and marks the ones that are not part of it as dropped.
///
/// The rules run in ``BoilerplateRules/all`` order after the cleaning pass. Each is general (it
/// makes sense for the web at large) and has its own test on a real page.
protocol BoilerplateRule: Sendable {
    /// Marks the blocks of `blocks` that are boilerplate in `dropped`.
    func apply(to blocks: TextBlocks, dropped: inout [Bool])
}

/// The boilerplate rules, in the order they run.
enum BoilerplateRules {
    static let all: [any BoilerplateRule] = [GalleryTextRule(), TeaserCardsRule(), HovercardRule(), DatelineRule(), TimestampRule(), CreditLineRule(), CreditedCaptionRule(),
                                            CopyrightLineRule(), BylineEchoRule(), InterfaceTextRule(), BreadcrumbRule(), TagLineRule(), TagLinksRule(), PostDetailsRule(), RelatedLinksRule(), LinkTeaserRule(),
                                            CallToActionRule(), ContributorLineRule(), ContactLineRule(), RepeatedBlockRule()]

    /// Runs every rule over the text blocks under `roots`; `authors` and `siteName` are the
    /// article's, as far as known.
    static func apply(page: HTMLPage, metrics: NodeMetrics, roots: [Int], authors: [String] = [], siteName: String? = nil,
                      dropped: inout [Bool]) {
        var blocks = TextBlocks(page: page, metrics: metrics, roots: roots, dropped: dropped, authors: authors, siteName: siteName)
        var droppedCount = dropped.reduce(0) { $1 ? $0 + 1 : $0 }
        for rule in all {
            rule.apply(to: blocks, dropped: &dropped)
            // Most rules find nothing on most pages: the blocks are read again only after a change.
            let count = dropped.reduce(0) { $1 ? $0 + 1 : $0 }
            if count != droppedCount {
                droppedCount = count
                blocks = TextBlocks(page: page, metrics: metrics, roots: roots, dropped: dropped, authors: authors, siteName: siteName,
                                    previous: blocks.blocks)
            }
        }
    }
}

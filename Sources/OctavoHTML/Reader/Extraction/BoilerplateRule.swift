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
    static let all: [any BoilerplateRule] = [GalleryTextRule(), DatelineRule(), TimestampRule(), CreditLineRule(), RelatedLinksRule(), LinkTeaserRule(),
                                            CallToActionRule(), RepeatedBlockRule()]

    /// Runs every rule over the text blocks under `roots`. The blocks are found again only after
    /// a rule has dropped something (most rules on most pages drop nothing).
    static func apply(page: HTMLPage, metrics: NodeMetrics, roots: [Int], dropped: inout [Bool]) {
        var blocks: TextBlocks?
        for rule in all {
            let current = blocks ?? TextBlocks(page: page, metrics: metrics, roots: roots, dropped: dropped)
            let before = dropped
            rule.apply(to: current, dropped: &dropped)
            blocks = dropped == before ? current : nil
        }
    }
}

/// A `div` that only wraps one paragraph of prose, as some publishing systems set every paragraph
/// of a story in a card of its own (`<div class="card"><p>… in the <a>journal Nature
/// Astronomy</a>.</p></div>`). Readability's conditional cleaning removes a `div` whose text is over
/// a fifth links; for such a wrapper that drops the story's sentences that cite a source. A
/// wrapper is spared from that test (only that one) when all its text is one paragraph of
/// ``minimumLength`` characters or more, under half links, that ends like a sentence.
enum ParagraphWrapper {
    static let minimumLength: Int32 = 80
    static let maximumLinkDensity = 0.5

    /// Whether `i` wraps a single paragraph of prose.
    static func isWrapper(_ i: Int, page: HTMLPage, dropped: [Bool], metrics: NodeMetrics) -> Bool {
        guard metrics.paragraphs[i] == 1, metrics.text[i] >= minimumLength, metrics.linkDensity(i) < maximumLinkDensity,
              let paragraph = page.elements(named: "p", under: i).first(where: { !dropped[$0] }),
              metrics.text[paragraph] == metrics.text[i] else { return false }
        guard let last = page.text(of: paragraph, dropped: dropped).last else { return false }
        return ".!?。”\"’)".contains(last)
    }
}

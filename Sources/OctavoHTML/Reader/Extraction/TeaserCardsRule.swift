/// Cards for other stories set inside the article: three or more sibling elements in a row that
/// look alike (same tag, same class) and each hold a picture, a link to another page and at
/// most a short text — a "most read" rail, "more on this topic" tiles, a list of related posts
/// with thumbnails. The cards go, and so does a short heading left alone over them.
///
/// What looks like cards but is the article's own stays: a gallery (named so, or whose links
/// open the pictures themselves), figures with captions, cards holding a paragraph of real
/// text, and cards without text (a row of thumbnails).
struct TeaserCardsRule: BoilerplateRule {
    static let minimumRun = 3
    /// Characters of text a card holds at most (a kicker, a headline, a one-line standfirst).
    static let maximumCardText: Int32 = 250
    /// Characters of text a container may keep besides its cards and still go with them (a heading).
    static let maximumLeftover: Int32 = 80
    static let pictureExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"]

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        let page = blocks.page, metrics = blocks.metrics
        let roots = Set(blocks.roots)
        var stack = Array(blocks.roots.reversed())
        while let i = stack.popLast() {
            guard !dropped[i], page.isElement(i) else { continue }
            if TextBlocks.opaque.contains(page.name(i)), page.name(i) != "figure" { continue }
            let children = page.children(i).filter { page.isElement($0) && !dropped[$0] }
            let cards = cardRuns(children, page: page, metrics: metrics, dropped: dropped)
            if !cards.isEmpty {
                let cardText = cards.reduce(Int32(0)) { $0 + metrics.text[$1] }
                if !roots.contains(i), metrics.text[i] - cardText <= Self.maximumLeftover {
                    dropped[i] = true
                    continue
                }
                for card in cards { dropped[card] = true }
                if let first = cards.first, let position = children.firstIndex(of: first), position > 0 {
                    let before = children[position - 1]
                    if ["h2", "h3", "h4", "h5", "h6"].contains(page.name(before)), metrics.text[before] <= Self.maximumLeftover {
                        dropped[before] = true
                    }
                }
            }
            stack.append(contentsOf: children.reversed())
        }
    }

    /// The children that stand in runs of at least ``minimumRun`` alike cards.
    private func cardRuns(_ children: [Int], page: HTMLPage, metrics: NodeMetrics, dropped: [Bool]) -> [Int] {
        guard children.count >= Self.minimumRun else { return [] }
        var found: [Int] = [], run: [Int] = [], targets: Set<String> = []
        func close() {
            if run.count >= Self.minimumRun { found += run }
            run = []; targets = []
        }
        for child in children {
            guard let target = cardTarget(child, page: page, metrics: metrics, dropped: dropped) else { close(); continue }
            if let last = run.last, !(page.name(last) == page.name(child) && page.attribute(last, "class") == page.attribute(child, "class")) {
                close()
            }
            // Cards point at different pages; the same link again is one story's parts.
            if targets.contains(target) { close() }
            run.append(child)
            targets.insert(target)
        }
        close()
        return found
    }

    /// The other page a card links to, or `nil` when `i` is not a card.
    private func cardTarget(_ i: Int, page: HTMLPage, metrics: NodeMetrics, dropped: [Bool]) -> String? {
        // A `picture` counts even when its `img` sits inside a `source` the parser left open.
        guard metrics.text[i] > 0, metrics.text[i] <= Self.maximumCardText,
              metrics.images[i] > 0 || !page.elements(named: "picture", under: i).isEmpty,
              !ClassHints.matches(page.classAndID(i), GalleryTextRule.words) else { return nil }
        if page.name(i) == "figure" || !page.elements(named: "figcaption", under: i).isEmpty { return nil }
        if page.elements(named: "p", under: i).contains(where: { metrics.text[$0] > Self.maximumCardText / 2 }) { return nil }
        var target: String?
        for link in page.elements(named: "a", under: i) where !dropped[link] {
            guard let href = page.attribute(link, "href") else { continue }
            let lower = String(href.drop(while: \.isWhitespace)).lowercased()
            if lower.isEmpty { continue }
            if lower.hasPrefix("#") || lower.hasPrefix("javascript:") || lower.hasPrefix("mailto:") { continue }
            let path = lower.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? lower
            if Self.pictureExtensions.contains(where: path.hasSuffix) { return nil }
            target = target ?? path
        }
        return target
    }
}

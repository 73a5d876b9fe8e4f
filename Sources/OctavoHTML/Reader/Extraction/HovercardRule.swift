/// A card set inside running text that the page shows only on hover: a person's or a topic's
/// photo and links to other stories, tucked into a `span` beside the linked name (`Rep. <a>Ilhan
/// Omar</a><span><img><a>Ilhan Omar</a><a>Hillicon Valley: …</a><a>…</a><a>MORE</a></span>
/// (D-Minn.)`). Read as text it splices headlines into the sentence. A `span` inside a paragraph
/// goes when it holds a picture and three or more links that make nearly all its text, and the
/// paragraph says more than it. Links in a sentence without a picture stay.
struct HovercardRule: BoilerplateRule {
    static let minimumLinks = 3
    static let minimumLinkDensity = 0.9

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        let page = blocks.page, metrics = blocks.metrics
        for root in blocks.roots where !dropped[root] {
            var i = root
            let end = page.tree.lastDescendant(of: root)
            while i <= end {
                // The innermost such `span` is the card: the one around it also holds the linked name.
                if isCard(i, blocks: blocks, dropped: dropped),
                   !(i + 1...max(i + 1, page.tree.lastDescendant(of: i))).contains(where: { $0 <= end && isCard($0, blocks: blocks, dropped: dropped) }),
                   let paragraph = Self.enclosingParagraph(of: i, page: page), metrics.text[paragraph] > metrics.text[i] {
                    dropped[i] = true
                    i = page.tree.lastDescendant(of: i) + 1
                    continue
                }
                i += 1
            }
        }
    }

    /// A `span` holding a picture and three or more links that make nearly all its text.
    private func isCard(_ i: Int, blocks: TextBlocks, dropped: [Bool]) -> Bool {
        let page = blocks.page, metrics = blocks.metrics
        return !dropped[i] && page.isElement(i) && page.name(i) == "span" && metrics.images[i] > 0
            && metrics.linkDensity(i) >= Self.minimumLinkDensity && Self.links(under: i, page: page, dropped: dropped) >= Self.minimumLinks
    }

    private static func links(under i: Int, page: HTMLPage, dropped: [Bool]) -> Int {
        (i...page.tree.lastDescendant(of: i)).reduce(0) { count, node in
            !dropped[node] && page.isElement(node) && page.name(node) == "a" && page.attribute(node, "href") != nil ? count + 1 : count
        }
    }

    /// The `p` around `i` (a few levels up at most), if any.
    private static func enclosingParagraph(of i: Int, page: HTMLPage) -> Int? {
        var current = page.parent(i), steps = 0
        while let p = current, steps < 8 {
            if page.name(p) == "p" { return p }
            current = page.parent(p)
            steps += 1
        }
        return nil
    }
}

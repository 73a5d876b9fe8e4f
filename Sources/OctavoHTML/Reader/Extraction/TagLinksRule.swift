/// The keywords a site files the article under, marked as such: links with `rel="tag"` (the
/// rel-tag microformat, which WordPress and many publishing systems write), `Tags` over
/// `<a rel="tag">stock car brasil</a>, <a rel="tag">stock car interlagos</a>, …`. A line — a block,
/// or an inline standing alone among blocks — whose links are all tags, two or more, and hold half
/// its text or more goes, with the label before them on the same line. A sentence with a tag
/// link inside keeps it.
struct TagLinksRule: BoilerplateRule {
    static let maximumLength = 600
    static let minimumLinks = 2
    static let minimumLinkDensity = 0.5

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks where block.length <= Self.maximumLength && block.links >= Self.minimumLinks
            && block.linkDensity >= Self.minimumLinkDensity && Self.onlyTagLinks(under: block.index, page: blocks.page, dropped: dropped) {
            dropped[block.index] = true
        }
        for (i, _) in blocks.standaloneInlines(named: ["strong", "b", "span", "small", "em"], maximumLength: Self.maximumLength,
                                                dropped: dropped)
            where blocks.metrics.linkDensity(i) >= Self.minimumLinkDensity && Self.onlyTagLinks(under: i, page: blocks.page, dropped: dropped) {
            dropped[i] = true
        }
    }

    /// Whether the links under `i` (two or more) all carry `rel="tag"`.
    static func onlyTagLinks(under i: Int, page: HTMLPage, dropped: [Bool]) -> Bool {
        var tags = 0
        for node in i...page.tree.lastDescendant(of: i) where !dropped[node] && page.isElement(node) && page.name(node) == "a"
            && page.attribute(node, "href") != nil {
            guard let rel = page.attribute(node, "rel"), rel.lowercased().split(separator: " ").contains("tag") else { return false }
            tags += 1
        }
        return tags >= minimumLinks
    }
}

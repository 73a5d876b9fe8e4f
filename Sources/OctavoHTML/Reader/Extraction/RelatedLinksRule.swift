/// Links to other stories set inside the article: `READ MORE: <a>headline</a>`, a `Don't miss`
/// label over a few linked headlines, a list of related headlines. A block reads as a teaser when
/// it has four words or more (four past an optional short label ending in a colon: a headline,
/// not `See it now: Amazon`) and, the label aside, is mostly link text. A teaser goes when it is
/// one link behind such a label, when it is a paragraph following a short link-free label block,
/// or when it stands in a run of three or more one-link teasers (two linked products in a review
/// stay, and so does a list of references with several links each); the label block goes with
/// it. A heading after a kicker (`Guest essay` over a linked title) is not enough, and a lone
/// linked sentence among the article's paragraphs is left to ``LinkTeaserRule``.
struct RelatedLinksRule: BoilerplateRule {
    static let names: Set<String> = ["p", "div", "li", "h2", "h3", "h4", "h5", "h6"]
    static let minimumWords = 4
    static let maximumLength = 300
    /// The share of a teaser's text (its label aside) inside links.
    static let minimumLinkDensity = 0.75
    /// Words a label holds at most (`Read more`, `Don't miss`, `More from UK`).
    static let maximumLabelWords = 4
    /// Teasers in a row that make a list of other stories without a label.
    static let minimumRun = 3
    /// Blocks a label may stand over: a heading or list item under a short heading is a section's
    /// own (`References`, a kicker over a title).
    static let labelledNames: Set<String> = ["p", "div"]

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        let list = blocks.blocks
        let teasers = list.map { hasOwnLabelLine($0, page: blocks.page, dropped: dropped) ? true : isTeaser($0) }
        var position = 0
        while position < list.count {
            guard let labelled = teasers[position] else { position += 1; continue }
            var end = position + 1
            while end < list.count, teasers[end] != nil { end += 1 }
            let run = position..<end
            let label = position > 0 && isLabel(list[position - 1]) ? position - 1 : nil
            let followsLabel = label != nil && Self.labelledNames.contains(list[position].name)
            let isList = run.count >= Self.minimumRun && run.allSatisfy { list[$0].links == 1 }
            if isList || followsLabel || labelled {
                for i in run { dropped[list[i].index] = true }
                if let label { dropped[list[label].index] = true }
            }
            position = end
        }
    }

    /// `nil` when the block is not a teaser, else whether it opens with its own label.
    private func isTeaser(_ block: TextBlocks.Block) -> Bool? {
        guard Self.names.contains(block.name), block.links >= 1, block.length <= Self.maximumLength else { return nil }
        // Without a colon there is no label, and the block is a teaser only when mostly links.
        if block.linkDensity < Self.minimumLinkDensity, !block.text.utf8.contains(0x3A) { return nil }
        let words = block.text.split(whereSeparator: \.isWhitespace)
        guard words.count >= Self.minimumWords else { return nil }
        if block.links == 1, let colon = words.prefix(Self.maximumLabelWords).firstIndex(where: { $0.hasSuffix(":") }),
           words.count - colon - 1 >= Self.minimumWords {
            let labelLength = words[...colon].joined(separator: " ").count + 1
            let rest = Double(block.length - labelLength)
            if rest > 0, block.linkDensity * Double(block.length) / rest >= Self.minimumLinkDensity { return true }
        }
        return block.linkDensity >= Self.minimumLinkDensity ? false : nil
    }

    /// Whether the block opens with a bold label on a line of its own (`<strong>DON'T MISS</strong><br>`)
    /// and is, the label aside, mostly links: teasers set in the same paragraph as their label.
    private func hasOwnLabelLine(_ block: TextBlocks.Block, page: HTMLPage, dropped: [Bool]) -> Bool {
        guard block.links >= 1, block.length <= Self.maximumLength, Self.labelledNames.contains(block.name) else { return false }
        let children = page.children(block.index).filter { !dropped[$0] && (page.isElement($0) || !page.tree.nodes[$0].text.allSatisfy(\.isWhitespace)) }
        guard children.count >= 3, ["strong", "b"].contains(page.name(children[0])), page.name(children[1]) == "br",
              page.elements(named: "a", under: children[0]).isEmpty else { return false }
        let label = page.text(of: children[0], dropped: dropped)
        let words = label.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, words.count <= Self.maximumLabelWords, label.contains(where: \.isLetter) else { return false }
        let rest = Double(block.text.count - label.count)
        return rest > 0 && block.linkDensity * Double(block.text.count) / rest >= Self.minimumLinkDensity
    }

    /// A short block of words without links and without a sentence's closing punctuation (an
    /// ellipsis, `You may also like...`, leads on to what follows rather than closing a sentence).
    private func isLabel(_ block: TextBlocks.Block) -> Bool {
        let words = block.text.split(whereSeparator: \.isWhitespace)
        guard words.count <= Self.maximumLabelWords, block.linkDensity == 0, block.text.contains(where: \.isLetter) else { return false }
        let text = block.text.hasSuffix("...") ? block.text.dropLast(3) : block.text.hasSuffix("…") ? block.text.dropLast() : Substring(block.text)
        guard let last = text.last else { return false }
        return !".!?".contains(last)
    }
}

/// A paragraph that is all link and reads like a headline: a teaser for another story
/// (`Don't miss:` lists, related headlines set as paragraphs). Headings and list items are left
/// alone (a section page's headlines, a list of sources), and so are short names (a product
/// linked on its own line) and long passages.
struct LinkTeaserRule: BoilerplateRule {
    static let names: Set<String> = ["p", "div"]
    static let minimumWords = 5
    static let maximumLength = 200
    static let minimumLinkDensity = 0.9

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks where Self.names.contains(block.name) && block.linkDensity >= Self.minimumLinkDensity {
            guard block.length <= Self.maximumLength else { continue }
            if block.text.split(separator: " ").count >= Self.minimumWords { dropped[block.index] = true }
        }
    }
}

/// The note that closes many news stories to credit the people behind it: `Keith Bradsher
/// contributed reporting from Hong Kong.`, `(Reporting by Rodrigo Campos; Editing by Nick
/// Zieminski)`, `Additional reporting by Joseph Hudak`. It says who worked on the article, not
/// what happened; the byline is in the metadata. Only a short paragraph among the article's last
/// few blocks goes: the same words inside the story (a quotation, a list) stay.
struct ContributorLineRule: BoilerplateRule {
    static let names: Set<String> = ["p", "div", "em", "h5", "h6"]
    static let maximumLength = 300
    /// How many of the article's last blocks are looked at.
    static let tail = 6
    /// Phrases that make the line a credit wherever they stand in it.
    static let phrases = ["contributed to this report", "contributed reporting", "contributed to this story",
                          "contributed to this article", "additional reporting by", "additional reporting from"]
    /// Words a credit line opens with (after an opening parenthesis).
    static let openings = ["reporting by", "reported by", "editing by", "edited by", "writing by", "compiled by",
                           "additional reporting", "with reporting by"]

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks.suffix(Self.tail) where Self.names.contains(block.name)
            && block.length <= Self.maximumLength && Self.isContributorLine(lowercased: block.lowercased) {
            dropped[block.index] = true
        }
    }

    /// Whether `text` credits reporters or editors of the article.
    static func isContributorLine(_ text: String) -> Bool {
        isContributorLine(lowercased: text.lowercased())
    }

    static let phraseSet = PhraseSet(phrases)

    /// ``isContributorLine(_:)`` for a text already lowercased.
    static func isContributorLine(lowercased: String) -> Bool {
        let lower = lowercased.drop { $0 == "(" || $0 == "[" || $0.isWhitespace }
        return openings.contains { lower.hasPrefix($0) } || phraseSet.occurs(in: String(lower))
    }
}

/// The line of a post's particulars, fields set apart by dashes or bars, one of them filing the
/// post under a category or tags: `05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde -
/// Tags: sad arrombamento`, `Posted on May 2 | Category: News | 3 comments`. The date and author are
/// in the metadata; the rest is the site's index. ``TagLineRule`` takes a line that opens with
/// the label; this one finds it after a separator. Also as an inline standing alone among blocks.
struct PostDetailsRule: BoilerplateRule {
    static let maximumLength = 200
    /// What sets the fields apart.
    static let separators = [" - ", " | ", " • ", " · ", " – "]
    static let separatorSet = PhraseSet(separators)

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks where block.length <= Self.maximumLength && Self.isDetailsLine(block.lowercased) {
            dropped[block.index] = true
        }
        for (i, text) in blocks.standaloneInlines(named: ["small", "span", "em", "strong", "b"], maximumLength: Self.maximumLength,
                                                   dropped: dropped) where Self.isDetailsLine(text.lowercased()) {
            dropped[i] = true
        }
    }

    /// Whether `lower` (a lowercase line) holds two or more fields, a field after the first opening
    /// with a tag or category label and a colon.
    static func isDetailsLine(_ lower: String) -> Bool {
        guard separatorSet.occurs(in: lower) else { return false }
        var fields = [Substring(lower)]
        for separator in separators {
            fields = fields.flatMap { $0.split(separator: separator, omittingEmptySubsequences: true) }
        }
        guard fields.count >= 2 else { return false }
        return fields.dropFirst().contains { field in
            TagLineRule.labelFollowedByColon(lowercased: String(field.drop { $0 == " " })) == true
        }
    }
}

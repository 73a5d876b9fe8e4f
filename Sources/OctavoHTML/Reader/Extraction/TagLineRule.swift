/// The line that files the article under a site's tags or categories: `Filed under: Khawarij |`,
/// `Tags: sad, arrombamento`, `Tags` over a run of linked keywords. It is the site's index, not
/// the article. A line opening with such a label and a colon goes when short; a label without a
/// colon only when the rest is mostly links (a sentence may well open with `Topics`).
struct TagLineRule: BoilerplateRule {
    static let names: Set<String> = ["p", "div", "li", "span", "h4", "h5", "h6", "footer"]
    /// Labels of a tag line, in the languages of the web's largest news sites.
    static let labels = ["tags", "tagged", "tagged with", "tagged as", "filed under", "filed in", "categories", "category",
                         "posted in", "topics", "related topics", "categoria", "categorias", "categorías", "etiquetas",
                         "temas", "mots-clés", "mots clés", "catégories", "schlagwörter", "kategorie", "kategorien",
                         "argomenti"]
    /// A labelled line is this long at most.
    static let maximumLength = 200
    /// A label followed by linked keywords may run this long.
    static let maximumLinkedLength = 600
    static let minimumLinkDensity = 0.5

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks where block.length <= Self.maximumLinkedLength && Self.names.contains(block.name) {
            guard let colon = Self.labelFollowedByColon(lowercased: block.lowercased) else { continue }
            if colon ? block.length <= Self.maximumLength : block.linkDensity >= Self.minimumLinkDensity {
                dropped[block.index] = true
            }
        }
    }

    /// `nil` when `text` does not open with a label, else whether a colon follows the label.
    static func labelFollowedByColon(_ text: String) -> Bool? {
        labelFollowedByColon(lowercased: text.lowercased())
    }

    /// The labels, longest first (`tagged with` before `tagged`).
    static let labelsLongestFirst = labels.sorted { $0.count > $1.count }
    /// The bytes labels start with: a line starting otherwise opens with none.
    static let firstBytes = Set(labels.compactMap(\.utf8.first))

    /// ``labelFollowedByColon(_:)`` for a text already lowercased.
    static func labelFollowedByColon(lowercased lower: String) -> Bool? {
        guard let first = lower.utf8.first, firstBytes.contains(first) else { return nil }
        for label in labelsLongestFirst where lower.hasPrefix(label) {
            let rest = lower.dropFirst(label.count)
            guard let next = rest.first, !next.isLetter else { continue }
            return rest.drop { $0 == " " }.first == ":"
        }
        return nil
    }
}

/// A short line that only says when the article was published or updated (`PUBLISHED: 10:48,
/// Tue, Nov 19, 2019 | UPDATED: 11:05`, `Posted: Fri 6:45 PM`). The date is in the metadata
/// and the book's header; the line is chrome.
struct DatelineRule: BoilerplateRule {
    static let maximumLength = 120
    /// Words that open or label a dateline, in the languages of the web's largest news sites.
    static let words = ["published", "updated", "posted", "last modified", "publié", "mis à jour", "veröffentlicht",
                        "aktualisiert", "publicado", "atualizado", "actualizado", "pubblicato", "aggiornato"]

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks where block.length <= Self.maximumLength && Self.isDateline(block.text, lowercased: block.lowercased) {
            dropped[block.index] = true
        }
    }

    /// Letters a dateline holds at most besides its digits (labels, weekdays, months, a time zone).
    static let maximumLetters = 40

    /// Whether `text` names a publication or update time: a dateline word, a digit, and few other words.
    static func isDateline(_ text: String) -> Bool {
        isDateline(text, lowercased: text.lowercased())
    }

    static let wordSet = PhraseSet(words)

    /// ``isDateline(_:)`` with the text's lowercase form at hand.
    static func isDateline(_ text: String, lowercased lower: String) -> Bool {
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        // An ASCII line without a digit says no time.
        if isASCII, !text.utf8.contains(where: { (0x30...0x39).contains($0) }) { return false }
        guard lower.contains(where: \.isNumber) else { return false }
        // In an ASCII line a word is its bytes; elsewhere a word may be written in another normal form.
        guard isASCII ? wordSet.occurs(in: lower) : words.contains(where: { lower.contains($0) }) else { return false }
        return lower.filter(\.isLetter).count <= maximumLetters
    }
}

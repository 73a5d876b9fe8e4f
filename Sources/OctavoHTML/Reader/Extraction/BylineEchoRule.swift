/// A short line that repeats the byline the metadata already holds: the author's name alone
/// (`JANIE HAR`), `By Justine Coleman - 11/18/19 11:04 PM EST`, `Catherine Shu @catherineshu /
/// 2 days`, and the site's name with the date (`November 20, 2019 / 1:07 AM / CBS News`). The
/// book's header gives them; the line is the page's header, left in the article. A line that says more than the name, a date and a handle (`Trevor Daugherty is the
/// Senior Editor…`) is left to other rules.
struct BylineEchoRule: BoilerplateRule {
    static let names: Set<String> = ["p", "div", "span", "li", "h3", "h4", "h5", "h6", "address", "strong", "em"]
    static let maximumLength = 120
    /// Words the line may hold besides the name and date words (``TimestampRule/dateWords``).
    static let bylineWords: Set<String> = ["by", "and", "ago", "day", "days", "hour", "hours", "minute", "minutes", "min", "mins",
                                           "published", "updated", "posted", "staff", "writer", "reporter", "correspondent"]

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        let authors = Names(blocks.authors.map { $0.lowercased() }.filter { $0.count >= 3 })
        let site = Names(blocks.siteName.map { [$0.lowercased()] }?.filter { $0.count >= 3 } ?? [])
        guard !authors.lowercased.isEmpty || !site.lowercased.isEmpty else { return }
        for block in blocks.blocks where block.length <= Self.maximumLength && Self.names.contains(block.name)
            && (Self.isEcho(block.text, lowercased: block.lowercased, names: authors)
                || Self.isEcho(block.text, lowercased: block.lowercased, names: site, needsDate: true)) {
            dropped[block.index] = true
        }
        // A name in a `span` beside the date's block is no text block of its own.
        for (i, text) in blocks.standaloneInlines(named: ["span", "a", "strong", "b", "em", "small"], maximumLength: Self.maximumLength,
                                                  dropped: dropped) where Self.isEcho(text, lowercased: text.lowercased(), names: authors) {
            dropped[i] = true
        }
    }

    /// Names (lowercased) as the rule reads them, split into words once for every line.
    struct Names {
        let lowercased: [String]
        let words: [[String]]
        /// Whether every name is ASCII (then a byte search rules most lines out).
        let isASCII: Bool
        /// The names' first words, when every one is ASCII: a line holding none of them holds no name.
        let firstWords: PhraseSet?

        init(_ lowercased: [String]) {
            self.lowercased = lowercased
            words = lowercased.map { $0.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }.map(String.init) }
            isASCII = lowercased.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
            let firsts = words.compactMap(\.first)
            // An ASCII word equals only the same bytes; another may be written in another normal form.
            firstWords = firsts.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? PhraseSet(firsts) : nil
        }
    }

    /// Whether `text` holds one of `authors` (lowercased, as whole words) and otherwise only a
    /// `By`, date words, numbers and a handle.
    /// With `needsDate` (for the site's name, which an article may well mention), the line must
    /// also hold a number.
    static func isEcho(_ text: String, authors: [String], needsDate: Bool = false) -> Bool {
        isEcho(text, lowercased: text.lowercased(), names: Names(authors), needsDate: needsDate)
    }

    /// ``isEcho(_:authors:needsDate:)`` with the line's lowercase text and the names read once.
    static func isEcho(_ text: String, lowercased lower: String, names: Names, needsDate: Bool = false) -> Bool {
        guard !names.lowercased.isEmpty else { return false }
        if needsDate {
            // An ASCII line's numbers are its digits.
            let hasNumber = text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.contains { (0x30...0x39).contains($0) } : text.contains(where: \.isNumber)
            if !hasNumber { return false }
        }
        // A byte search first (names in ASCII letters); the word-by-word reading below is dearer.
        if names.isASCII, !ClassHints.matches(text, names.lowercased) { return false }
        if let firstWords = names.firstWords, !firstWords.occurs(in: lower) { return false }
        let words = lower.split { !($0.isLetter || $0.isNumber || $0 == "@" || $0 == "'" || $0 == "’") }.map(String.init)
        for name in names.words {
            guard !name.isEmpty, let start = words.indices.first(where: { words[$0...].starts(with: name) }) else { continue }
            let rest = words[..<start] + words[(start + name.count)...]
            if rest.allSatisfy({ $0.hasPrefix("@") || $0.allSatisfy(\.isNumber) || bylineWords.contains($0)
                || TimestampRule.dateWords.contains($0) }) {
                return true
            }
        }
        return false
    }
}

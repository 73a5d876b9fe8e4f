/// The line at the article's end that tells readers how to reach its author: an address or a
/// profile link alone on its line (`paul.takahashi@chron.com`, `twitter.com/paultakahashi`), or
/// a request to write in (`Write to Al Root at allen.root@dowjones.com`, `Have a tip? Amy
/// Kuperinsky may be reached at …`). Only the article's last few blocks are looked at, and only
/// lines that open with the request: a biography that ends with an address
/// (`Lucas Nolan is a reporter… email him at …`) is the author's box, which Readability keeps.
struct ContactLineRule: BoilerplateRule {
    static let names: Set<String> = ["p", "div", "em", "li", "h5", "h6", "address"]
    static let maximumLength = 200
    /// How many of the article's last blocks are looked at.
    static let tail = 6
    /// How a contact line opens.
    static let openings = ["write to ", "have a tip", "got a tip", "contact ", "email ", "e-mail ", "reach "]
    /// Phrases of a contact line that may follow the author's name (within ``nameWords`` words).
    static let phrases = ["can be reached at", "may be reached at", "can be contacted at", "can be reached by"]
    static let nameWords = 4
    static let profileHosts = ["twitter.com/", "x.com/", "instagram.com/", "facebook.com/", "linkedin.com/"]

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks.suffix(Self.tail) where Self.names.contains(block.name)
            && block.length <= Self.maximumLength && Self.isContact(lowercased: block.lowercased) {
            dropped[block.index] = true
        }
    }

    /// Whether `text` is a contact line.
    static func isContact(_ text: String) -> Bool {
        isContact(lowercased: text.lowercased())
    }

    static let hostSet = PhraseSet(profileHosts)

    /// ``isContact(_:)`` for a text already lowercased.
    static func isContact(lowercased lower: String) -> Bool {
        // Every contact line holds an `@` or a profile's address.
        guard lower.utf8.contains(0x40) || hostSet.occurs(in: lower) else { return false }
        let words = lower.split(whereSeparator: \.isWhitespace)
        if words.count == 1, let word = words.first {
            return (word.contains("@") && word.contains(".") && !word.hasPrefix("@")) || profileHosts.contains { word.contains($0) }
        }
        guard lower.contains("@") else { return false }
        if openings.contains(where: { lower.hasPrefix($0) }) { return true }
        let opening = words.prefix(nameWords + 4).joined(separator: " ")
        return phrases.contains { opening.contains($0) }
    }
}

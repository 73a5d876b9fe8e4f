/// The publisher's requests to the reader that close many articles: `Sign up for our newsletter`,
/// `Click here to subscribe`, `Follow us on Twitter`. A short
/// paragraph among the article's last few blocks that makes such a request goes; the same words
/// earlier in the article, in a list item or in a quotation are the article's own.
struct CallToActionRule: BoilerplateRule {
    static let names: Set<String> = ["p", "div", "h2", "h3", "h4", "h5", "h6"]
    static let maximumLength = 300
    /// How many of the article's last blocks are looked at.
    static let tail = 4
    /// Phrases of a request to subscribe, follow, sign up, write in or click through (English).
    /// An author's own contact line (`Follow him on Twitter`) is a byline's, and stays.
    static let phrases = ["sign up", "subscribe", "newsletter", "click here", "follow us", "follow @", "join our",
                          "join us", "tell us what you think", "delivered to your", "delivered through your",
                          "delivered weekday", "download our"]

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks.suffix(Self.tail) where Self.names.contains(block.name)
            && block.length <= Self.maximumLength && Self.isRequest(block.text) {
            dropped[block.index] = true
        }
    }

    /// Whether `text` asks the reader to subscribe, follow or write in, and is not a quotation.
    static func isRequest(_ text: String) -> Bool {
        guard let first = text.first, !"\"“„«'‘".contains(first) else { return false }
        return ClassHints.matches(text, phrases)
    }
}

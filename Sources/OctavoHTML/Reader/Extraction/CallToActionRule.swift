/// The publisher's requests to the reader that close many articles: `Sign up for our newsletter`,
/// `Click here to subscribe`, `Follow us on Twitter`. A short
/// paragraph among the article's last few blocks that makes such a request goes, and so does one
/// anywhere under a short label of its own (a newsletter box: `Breaking News Emails`); the same
/// words elsewhere in the article, in a list item or in a quotation are the article's own.
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

    static let phraseSet = PhraseSet(phrases)

    /// Words the label of a newsletter box holds at most (`Breaking News Emails`).
    static let maximumLabelWords = 6

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks.suffix(Self.tail) where Self.names.contains(block.name)
            && block.length <= Self.maximumLength && Self.isRequest(block.text) {
            dropped[block.index] = true
        }
        // A box set anywhere in the article: a short label over the request (`Breaking News
        // Emails` over `Get breaking news alerts… delivered weekday mornings`). Both go.
        let list = blocks.blocks
        for position in list.indices.dropFirst() where Self.names.contains(list[position].name)
            && list[position].length <= Self.maximumLength && Self.isRequest(list[position].text)
            && Self.isLabel(list[position - 1]) {
            dropped[list[position].index] = true
            dropped[list[position - 1].index] = true
        }
    }

    /// A few words without links that do not end a sentence (a box's title).
    static func isLabel(_ block: TextBlocks.Block) -> Bool {
        let words = block.text.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, words.count <= maximumLabelWords, block.linkDensity == 0, let last = block.text.last else { return false }
        return !".!:".contains(last)
    }

    /// Whether `text` asks the reader to subscribe, follow or write in, and is not a quotation.
    static func isRequest(_ text: String) -> Bool {
        guard let first = text.first, !"\"“„«'‘".contains(first) else { return false }
        return phraseSet.occurs(in: text)
    }
}

/// A picture's caption set as a paragraph of the text, told by the credit it ends with in
/// parentheses: `Protesters have worn masks (Image: GETTY)`, `… outside a Home Depot in Hialeah,
/// Fla. (AP Photo/Alan Diaz, File)`, `… in Montecito, California. (Photo by Kevin Mazur/Getty
/// Images)`. Prose does not credit a photographer at its end; the picture the caption belongs to
/// stays. A caption inside a figure (`figcaption`) is the article's own and stays, credit and all,
/// as Readability keeps it; a credit standing alone is ``CreditLineRule``'s.
struct CreditedCaptionRule: BoilerplateRule {
    /// Blocks a caption is set in when the page has no figure for it (and `span`s standing alone).
    static let names: Set<String> = ["p", "div"]
    /// A caption is a sentence or two.
    static let maximumLength = 400
    /// Words a credit holds at most, its label included.
    static let maximumCreditWords = 10
    /// Words the caption holds at least, the credit aside (fewer is a credit line).
    static let minimumCaptionWords = 3

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks where block.length <= Self.maximumLength && Self.names.contains(block.name)
            && block.text.hasSuffix(")") && Self.isCreditedCaption(block.lowercased) {
            dropped[block.index] = true
        }
        // A caption in a `span` beside its picture is no text block of its own.
        for (i, text) in blocks.standaloneInlines(named: ["span"], maximumLength: Self.maximumLength, dropped: dropped)
            where text.hasSuffix(")") && !Self.isInFigure(i, page: blocks.page) && Self.isCreditedCaption(text.lowercased()) {
            dropped[i] = true
        }
    }

    /// Whether `i` lies inside a figure, whose caption is the article's own.
    static func isInFigure(_ i: Int, page: HTMLPage) -> Bool {
        var current = page.parent(i)
        while let p = current {
            if page.name(p) == "figure" || page.name(p) == "figcaption" { return true }
            current = page.parent(p)
        }
        return false
    }

    /// Whether `text` (lowercase) ends with a picture credit in parentheses after a few words of caption.
    static func isCreditedCaption(_ text: String) -> Bool {
        let line = Substring(text).trimmingSuffix(while: { $0 == " " })
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "(") else { return false }
        let credit = line[line.index(after: open)..<line.index(before: line.endIndex)].split(separator: " ")
        let caption = line[..<open].split(separator: " ")
        guard caption.count >= minimumCaptionWords, (1...maximumCreditWords).contains(credit.count) else { return false }
        return isCredit(credit.joined(separator: " "))
    }

    /// Whether `credit` (lowercase, one space between words) credits a picture: a label and a colon
    /// (`image: getty`, `image credit: nasa`), a label and `by` (`photo by kevin mazur/getty
    /// images`), or an agency's photo and its photographer (`ap photo/alan diaz, file`).
    static func isCredit(_ credit: String) -> Bool {
        guard !credit.contains(where: { "!?()".contains($0) }) else { return false }
        for label in CreditLineRule.labels {
            for joiner in [":", " by "] where credit.hasPrefix(label + joiner) {
                return credit.count > label.count + joiner.count
            }
        }
        // An agency's photo and its photographer: `ap photo/alan diaz`, `afp photo/str`.
        let words = credit.split(separator: " ", maxSplits: 1)
        guard words.count == 2, words[0].count <= 6 else { return false }
        return ["photo/", "photos/", "foto/"].contains { words[1].hasPrefix($0) && words[1].count > $0.count }
    }
}

private extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}

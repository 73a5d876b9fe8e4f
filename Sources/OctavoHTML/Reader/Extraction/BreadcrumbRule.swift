/// The trail of links that places the article in the site's sections: `Mensagens » Mensagens de
/// Autoestima » Só quem se Ama…`, `Home > News > World`. It is the site's navigation, left in the
/// article. A line goes when it is three or more parts set apart by one kind of breadcrumb
/// separator standing alone (`»`, `›`, `>`, `→`, `/`), every part short, and every part but the
/// last (the page itself) a link. A sentence naming a menu path (`Settings > Privacy > Location`)
/// has no links, and stays.
struct BreadcrumbRule: BoilerplateRule {
    static let names: Set<String> = ["p", "div", "li", "nav", "span", "header"]
    static let maximumLength = 200
    static let separators: Set<String> = ["»", "›", ">", "→", "/", "«"]
    static let minimumParts = 3
    /// Words a section's name (a part before the last) holds at most.
    static let maximumPartWords = 5

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks where block.length <= Self.maximumLength && block.links >= Self.minimumParts - 1
            && Self.names.contains(block.name) {
            guard let parts = Self.parts(block.text), block.links >= parts.count - 1 else { continue }
            dropped[block.index] = true
        }
    }

    /// The parts of a breadcrumb trail, if `text` reads as one: three or more, set apart by one
    /// separator standing alone between spaces, the sections before the last short.
    static func parts(_ text: String) -> [[Substring]]? {
        let words = text.split(whereSeparator: \.isWhitespace)
        let used = Set(words.filter { separators.contains(String($0)) })
        guard used.count == 1, let separator = used.first else { return nil }
        let parts = words.split(separator: separator, omittingEmptySubsequences: false).map(Array.init)
        guard parts.count >= minimumParts, parts.allSatisfy({ !$0.isEmpty }),
              parts.dropLast().allSatisfy({ $0.count <= maximumPartWords }) else { return nil }
        return parts
    }
}

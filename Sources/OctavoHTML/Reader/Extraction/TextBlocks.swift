/// The smallest blocks of text kept under the article's roots, in document order: paragraphs,
/// headings, captions, list items and `div`s without block children. Preformatted text and data
/// tables are not looked into (they are content whatever their words).
struct TextBlocks {
    struct Block {
        /// The element.
        var index: Int
        /// Its tag name.
        var name: String
        /// Its text, whitespace collapsed.
        var text: String
        /// The share of its text inside links (in-page links count less).
        var linkDensity: Double
    }

    static let names: Set<String> = ["p", "div", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt",
                                     "blockquote", "section", "header", "footer", "address", "caption"]
    static let opaque: Set<String> = ["pre", "code", "table", "svg", "math", "figure"]

    private(set) var blocks: [Block] = []

    init(page: HTMLPage, metrics: NodeMetrics, roots: [Int], dropped: [Bool]) {
        var stack = Array(roots.reversed())
        while let i = stack.popLast() {
            guard !dropped[i], page.isElement(i) else { continue }
            let name = page.name(i)
            if Self.opaque.contains(name) { continue }
            if Self.names.contains(name), !metrics.hasBlockDescendant[i] {
                let text = page.text(of: i, dropped: dropped)
                if !text.isEmpty { blocks.append(Block(index: i, name: name, text: text, linkDensity: metrics.linkDensity(i))) }
                continue
            }
            stack.append(contentsOf: page.children(i).reversed())
        }
    }
}

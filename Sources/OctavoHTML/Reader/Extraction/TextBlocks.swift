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
        /// `text.lowercased()` taken once for every rule, for blocks of at most
        /// ``TextBlocks/lowercasedLength`` characters (the only ones most rules read).
        var storedLowercased: String?
        /// `text.lowercased()`.
        var lowercased: String { storedLowercased ?? text.lowercased() }
        /// The length of its text in characters (`text.count`, taken once for every rule).
        var length: Int
        /// The share of its text inside links (in-page links count less).
        var linkDensity: Double
        /// The links (`a href`) it holds.
        var links: Int
    }

    static let names: Set<String> = ["p", "div", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt",
                                     "blockquote", "section", "header", "footer", "address", "caption"]
    static let opaque: Set<String> = ["pre", "code", "table", "svg", "math", "figure"]
    /// Blocks this long at most have their lowercase text taken once, ahead (rules that read
    /// longer blocks, rare, lowercase them when they need to).
    static let lowercasedLength = 600

    private(set) var blocks: [Block] = []
    /// The page, its figures and the article's roots, for rules that look at more than blocks.
    let page: HTMLPage
    let metrics: NodeMetrics
    let roots: [Int]
    /// The article's authors as the metadata or the byline names them (for rules that recognise them).
    let authors: [String]
    /// The site's name as the metadata gives it.
    let siteName: String?

    /// Reads the blocks; `previous` (blocks read before under the same roots) saves lowercasing a
    /// block again whose text has not changed.
    init(page: HTMLPage, metrics: NodeMetrics, roots: [Int], dropped: [Bool], authors: [String] = [], siteName: String? = nil,
         previous: [Block] = []) {
        self.page = page
        self.metrics = metrics
        self.roots = roots
        self.authors = authors
        self.siteName = siteName
        var stack = Array(roots.reversed())
        // Blocks come in document order (rising indices), so `previous` is read alongside.
        var earlier = previous.startIndex
        while let i = stack.popLast() {
            guard !dropped[i], page.isElement(i) else { continue }
            let name = page.name(i)
            if Self.opaque.contains(name) { continue }
            if Self.names.contains(name), !metrics.hasBlockDescendant[i] {
                let text = page.text(of: i, dropped: dropped)
                if !text.isEmpty {
                    // A block inside a link is all link, whatever its own text holds.
                    let density = Self.enclosingLink(of: i, page: page) == nil ? metrics.linkDensity(i) : 1
                    while earlier < previous.endIndex && previous[earlier].index < i { earlier += 1 }
                    let same = earlier < previous.endIndex && previous[earlier].index == i
                        && previous[earlier].text.utf8.elementsEqual(text.utf8)
                    let length = same ? previous[earlier].length : text.count
                    let lowercased = same ? previous[earlier].storedLowercased
                        : length <= Self.lowercasedLength ? text.lowercased() : nil
                    blocks.append(Block(index: i, name: name, text: text, storedLowercased: lowercased, length: length, linkDensity: density,
                                        links: Self.links(under: i, page: page, dropped: dropped, metrics: metrics)))
                }
                continue
            }
            stack.append(contentsOf: page.children(i).reversed())
        }
    }

    private static func links(under i: Int, page: HTMLPage, dropped: [Bool], metrics: NodeMetrics) -> Int {
        guard metrics.linkText[i] > 0 else { return enclosingLink(of: i, page: page) == nil ? 0 : 1 }
        // The block's own subtree, scanned directly: a lookup in the page's index of `a`s would cost
        // every link of the page for every block.
        let inside = (i...page.tree.lastDescendant(of: i)).reduce(0) { count, node in
            page.isElement(node) && page.name(node) == "a" && !dropped[node] && page.attribute(node, "href") != nil ? count + 1 : count
        }
        return inside > 0 ? inside : (enclosingLink(of: i, page: page) == nil ? 0 : 1)
    }

    /// The inline elements named `names` under the roots that stand alone on their line: set
    /// among blocks (so no text block holds them) or the whole text of their parent, with that text.
    func standaloneInlines(named names: Set<String>, maximumLength: Int, dropped: [Bool]) -> [(index: Int, text: String)] {
        var found: [(index: Int, text: String)] = []
        var stack = Array(roots.reversed())
        while let i = stack.popLast() {
            guard !dropped[i], page.isElement(i), metrics.text[i] > 0 else { continue }
            if Self.opaque.contains(page.name(i)) && page.name(i) != "figure" { continue }
            if names.contains(page.name(i)), metrics.text[i] <= Int32(maximumLength), !metrics.hasBlockDescendant[i],
               let parent = page.parent(i), metrics.hasBlockDescendant[parent] || metrics.text[parent] == metrics.text[i] {
                found.append((i, page.text(of: i, dropped: dropped)))
                continue
            }
            stack.append(contentsOf: page.children(i).reversed())
        }
        return found
    }

    /// The `a href` around `i`, if any (a headline set as `<a><h4>…</h4></a>`).
    static func enclosingLink(of i: Int, page: HTMLPage) -> Int? {
        var current = page.parent(i)
        while let p = current {
            if page.name(p) == "a", page.attribute(p, "href") != nil { return p }
            current = page.parent(p)
        }
        return nil
    }
}

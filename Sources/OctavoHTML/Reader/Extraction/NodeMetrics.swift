/// Per-node counts for the whole page, computed bottom-up in one pass over the arena (children
/// always have larger indices than their parent), ignoring subtrees marked as dropped.
///
/// Every heuristic reads these instead of rescanning descendants, which keeps extraction linear.
struct NodeMetrics {
    /// Characters of text, whitespace runs counted once.
    var text: [Int32]
    /// Characters of text inside links.
    var linkText: [Int32]
    /// Commas (see ``commas``).
    var commas: [Int32]
    var paragraphs: [Int32]
    var images: [Int32]
    var listItems: [Int32]
    var inputs: [Int32]
    /// Embedded media (`object`, `embed`, `iframe`).
    var embeds: [Int32]
    /// Characters of text inside headings.
    var headingText: [Int32]
    /// Characters of text inside lists (`ul`, `ol`).
    var listText: [Int32]
    /// Whether an element Readability counts as block-level (`p`, `div`, `img`, lists…) is below.
    var hasBlockDescendant: [Bool]

    static let blockTags: Set<String> = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
                                         "section", "article", "figure", "main", "header", "footer", "aside", "nav",
                                         "h1", "h2", "h3", "h4", "h5", "h6", "li", "form", "picture"]

    /// Comma characters of several scripts (Latin, Arabic, CJK full-width and small forms).
    static let commas: Set<UInt32> = [0x2C, 0x60C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C]

    init(page: HTMLPage, dropped: [Bool]) {
        let n = page.count
        text = Array(repeating: 0, count: n)
        linkText = text; commas = text; paragraphs = text; images = text
        listItems = text; inputs = text; embeds = text; headingText = text; listText = text
        hasBlockDescendant = Array(repeating: false, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) where !dropped[i] {
            let node = page.tree.nodes[i]
            switch node.kind {
            case .text:
                var length: Int32 = 0, commaCount: Int32 = 0, lastSpace = true
                for scalar in node.text.unicodeScalars {
                    if Whitespace.isSpace(scalar) {
                        if !lastSpace { length += 1 }
                        lastSpace = true
                    } else {
                        length += 1
                        lastSpace = false
                        if Self.commas.contains(scalar.value) { commaCount += 1 }
                    }
                }
                text[i] = length
                commas[i] = commaCount
            case .comment: continue
            case .element:
                // A script-off fallback: its images are mapped, its text never counts.
                if node.name == "noscript" { continue }
                switch node.name {
                case "a":
                    // In-page links (tables of contents, footnotes) count less than links away.
                    let inPage = node.attribute("href").map { $0.hasPrefix("#") } ?? false
                    linkText[i] = inPage ? Int32((Double(text[i]) * 0.3).rounded()) : text[i]
                case "p": paragraphs[i] += 1
                case "div" where !hasBlockDescendant[i] && text[i] > 0: paragraphs[i] += 1
                case "ul", "ol": listText[i] = text[i]
                case "img": images[i] += 1
                case "li": listItems[i] += 1
                case "input": inputs[i] += 1
                case "object", "embed", "iframe": embeds[i] += 1
                case "h1", "h2", "h3", "h4", "h5", "h6": headingText[i] = text[i]
                default: break
                }
            }
            guard let p = node.parent, !dropped[p] else { continue }
            text[p] += text[i]
            linkText[p] += linkText[i]
            commas[p] += commas[i]
            paragraphs[p] += paragraphs[i]
            images[p] += images[i]
            listItems[p] += listItems[i]
            inputs[p] += inputs[i]
            embeds[p] += embeds[i]
            headingText[p] += headingText[i]
            listText[p] += listText[i]
            if hasBlockDescendant[i] || (node.kind == .element && Self.blockTags.contains(node.name)) {
                hasBlockDescendant[p] = true
            }
        }
    }

    /// The share of `index`'s text that sits inside links.
    func linkDensity(_ index: Int) -> Double {
        text[index] == 0 ? 0 : Double(linkText[index]) / Double(text[index])
    }
}

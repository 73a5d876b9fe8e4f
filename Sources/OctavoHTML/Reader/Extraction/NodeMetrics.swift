/// Per-node counts for the whole page, computed bottom-up in one pass over the arena (children
/// always have larger indices than their parent), ignoring subtrees marked as dropped.
///
/// Every heuristic reads these instead of rescanning descendants, which keeps extraction linear.
struct NodeMetrics {
    /// Characters of text, whitespace runs counted once.
    var text: [Int32]
    /// Characters of text inside links.
    var linkText: [Int32]
    /// Commas (`,`, the full-width and small `，` `﹐`, the Arabic `،`).
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

    /// Characters (whitespace runs counted once) and commas of one text node, read as UTF-8
    /// bytes: ASCII whitespace collapses; every other character counts once.
    static func measure(_ string: String) -> (Int32, Int32) {
        var string = string
        return string.withUTF8 { bytes in
            var length: Int32 = 0, commaCount: Int32 = 0, lastSpace = true
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            for byte in bytes {
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
                    if !lastSpace { length += 1 }
                    lastSpace = true
                case 0x2C:
                    length += 1; commaCount += 1; lastSpace = false
                case 0x80...0xBF:
                    // A continuation byte: part of a character already counted. Full-width (EF BC 8C),
                    // small (EF B9 90) and Arabic (D8 8C) commas end here.
                    if (beforePrevious == 0xEF && previous == 0xBC && byte == 0x8C)
                        || (beforePrevious == 0xEF && previous == 0xB9 && byte == 0x90) || (previous == 0xD8 && byte == 0x8C) {
                        commaCount += 1
                    }
                default:
                    length += 1
                    lastSpace = false
                }
                beforePrevious = previous
                previous = byte
            }
            return (length, commaCount)
        }
    }

    /// Measures the page; `base` (metrics of the same page) saves re-reading text nodes.
    init(page: HTMLPage, dropped: [Bool], reusing base: NodeMetrics? = nil) {
        let n = page.count
        text = Array(repeating: 0, count: n)
        linkText = text; commas = text; paragraphs = text; images = text
        listItems = text; inputs = text; embeds = text; headingText = text; listText = text
        hasBlockDescendant = Array(repeating: false, count: n)
        // The nodes are read in place: copying each one would retain and release its strings and arrays.
        page.tree.nodes.withUnsafeBufferPointer { nodes in
            for i in stride(from: n - 1, through: 0, by: -1) where !dropped[i] {
                let kind = nodes[i].kind
                switch kind {
                case .text:
                    if let base {
                        text[i] = base.text[i]
                        commas[i] = base.commas[i]
                    } else {
                        (text[i], commas[i]) = Self.measure(nodes[i].text)
                    }
                case .comment: continue
                case .element:
                    let name = nodes[i].name
                    // A script-off fallback: its images are mapped, its text never counts.
                    if name == "noscript" { continue }
                    switch name {
                    case "a":
                        // In-page links (tables of contents, footnotes) count less than links away.
                        let inPage = nodes[i].attribute("href").map { $0.hasPrefix("#") } ?? false
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
                guard let p = nodes[i].parent, !dropped[p] else { continue }
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
                if hasBlockDescendant[i] || (kind == .element && Self.blockTags.contains(nodes[i].name)) {
                    hasBlockDescendant[p] = true
                }
            }
        }
    }

    /// The share of `index`'s text that sits inside links.
    func linkDensity(_ index: Int) -> Double {
        text[index] == 0 ? 0 : Double(linkText[index]) / Double(text[index])
    }
}

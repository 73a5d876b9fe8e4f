import Foundation
import OctavoCore

/// Turns the kept part of a page into model blocks.
///
/// Layout containers (`div`, `section`, `article`, `main`, a `span` or `a` holding blocks) are
/// unwrapped; elements libxml2's pre-HTML5 parser does not know as blocks (`figure`, `picture`,
/// `main`, `time`…) are treated as HTML5 says, wherever the parser left them. Recursion is bounded
/// by `maxDepth`: content nested deeper is flattened to its text with a diagnostic.
struct ModelBuilder {
    let page: HTMLPage
    let dropped: [Bool]
    let urls: URLResolver
    let maxDepth: Int
    /// Whether a mapped block element sits in each subtree.
    let containsBlock: [Bool]
    /// Whether each node is an element of ``blockTags`` (other than `picture`, `svg`, `math`).
    let isBlockTag: [Bool]
    var footnotes: FootnoteFinder
    var resources: [String] = []
    var seenResources: Set<String> = []
    var flattened = 0
    /// Whether the inline run being built ends with a space (so the next one starts without).
    var endsWithSpace = true

    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "caption", "body", "html", "#fragment", "picture", "video", "math", "svg",
    ]

    init(page: HTMLPage, dropped: [Bool], urls: URLResolver, maxDepth: Int, footnotes: FootnoteFinder? = nil) {
        self.page = page
        self.dropped = dropped
        self.urls = urls
        self.maxDepth = max(4, maxDepth)
        var contains = Array(repeating: false, count: page.count)
        var blockTag = Array(repeating: false, count: page.count)
        for i in stride(from: page.count - 1, through: 0, by: -1) where !dropped[i] {
            let name = page.name(i)
            let isBlock = page.isElement(i) && Self.blockTags.contains(name) && name != "picture" && name != "svg" && name != "math"
            blockTag[i] = isBlock
            guard let p = page.parent(i) else { continue }
            if contains[i] || isBlock { contains[p] = true }
        }
        containsBlock = contains
        isBlockTag = blockTag
        self.footnotes = footnotes ?? FootnoteFinder(page: page, dropped: dropped)
    }

    /// The blocks of `roots`' content, in order.
    mutating func build(_ roots: [Int]) -> [Block] {
        var blocks: [Block] = []
        for root in roots where !dropped[root] {
            if page.name(root) == "body" || page.name(root) == "#fragment" || page.name(root) == "html" {
                blocks += blockChildren(page.children(root), depth: 1)
            } else {
                blocks += block(root, depth: 1)
            }
        }
        return blocks
    }

    /// Whether `index` is an element that maps to blocks (or holds some).
    func isBlockLevel(_ index: Int) -> Bool {
        guard page.isElement(index) else { return false }
        if isBlockTag[index] { return true }
        let name = page.name(index)
        if name == "img" || name == "br" || name == "picture" || name == "svg" || name == "math" { return false }
        return containsBlock[index]
    }

    /// Content nested past the depth limit, as one paragraph of its text.
    mutating func flatten(_ index: Int) -> [Block] {
        flattened += 1
        let text = page.text(of: index, dropped: dropped)
        return text.isEmpty ? [] : [.paragraph([.text(text)])]
    }

    /// Blocks from a sequence of sibling nodes: loose text and inline elements are gathered into paragraphs.
    mutating func blockChildren(_ nodes: [Int], depth: Int) -> [Block] {
        var blocks: [Block] = []
        var pending: [Inline] = []
        endsWithSpace = true
        var position = 0
        while position < nodes.count {
            let child = nodes[position]
            position += 1
            if dropped[child] { continue }
            if page.name(child) == "br", let end = breakChainEnd(nodes, from: position - 1) {
                // Two or more line breaks in a row separate paragraphs.
                if let paragraph = finishParagraph(pending) { blocks.append(paragraph) }
                pending = []
                endsWithSpace = true
                position = end
                continue
            }
            if isBlockLevel(child) {
                if let paragraph = finishParagraph(pending) { blocks.append(paragraph) }
                pending = []
                blocks += block(child, depth: depth + 1)
                endsWithSpace = true
            } else {
                pending += inline(child, depth: depth + 1)
            }
        }
        if let paragraph = finishParagraph(pending) { blocks.append(paragraph) }
        return blocks
    }

    /// The position after a chain of two or more `br`s (with only whitespace between) starting at `start`.
    private func breakChainEnd(_ nodes: [Int], from start: Int) -> Int? {
        var position = start + 1, breaks = 1
        while position < nodes.count {
            let node = nodes[position]
            if page.name(node) == "br" {
                breaks += 1
            } else if !(page.isText(node) && page.tree.nodes[node].text.unicodeScalars.allSatisfy(Whitespace.isSpace)) && !dropped[node] {
                break
            }
            position += 1
        }
        return breaks >= 2 ? position : nil
    }

    /// A paragraph of `inlines` with surrounding spaces trimmed, or `nil` when it holds nothing.
    func finishParagraph(_ inlines: [Inline]) -> Block? {
        let trimmed = InlineWhitespace.trimmed(inlines)
        return InlineWhitespace.isBlank(trimmed) ? nil : .paragraph(trimmed)
    }

    /// The blocks one element maps to.
    mutating func block(_ index: Int, depth: Int) -> [Block] {
        guard depth < maxDepth else { return flatten(index) }
        let name = page.name(index)
        let children = page.children(index)
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let content = inlineContent(children, depth: depth)
            guard !InlineWhitespace.isBlank(content) else { return [] }
            var attributes = Attributes()
            if let id = page.attribute(index, "id"), !id.isEmpty { attributes.id = id }
            return [.heading(Heading(level: Int(String(name.last!))!, content: content, attributes: attributes))]
        case "blockquote":
            let inner = blockChildren(children, depth: depth)
            return inner.isEmpty ? [] : [.blockQuote(inner)]
        case "ul", "ol", "menu", "dir":
            return list(index, ordered: name == "ol", depth: depth)
        case "dl":
            return definitionList(index, depth: depth)
        case "pre":
            return [codeBlock(index)]
        case "table":
            return table(index, depth: depth)
        case "figure":
            return figure(index, depth: depth)
        case "hr":
            return [.thematicBreak]
        case "svg", "math":
            return [.plain([inline(index, depth: depth)].flatMap { $0 })]
        default:
            return blockChildren(children, depth: depth)
        }
    }

    private func codeBlock(_ index: Int) -> Block {
        var text = preformattedText(index)
        if text.hasPrefix("\n") { text.removeFirst() }
        while text.hasSuffix("\n") { text.removeLast() }
        let classes = ([index] + page.children(index).filter { page.name($0) == "code" })
            .flatMap { (page.attribute($0, "class") ?? "").split(separator: " ") }
        let language = classes.lazy.compactMap { name -> String? in
            for prefix in ["language-", "lang-"] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
            return nil
        }.first
        return .codeBlock(CodeBlock(language: language, text: text))
    }

    /// The verbatim text under a `pre`, with `br` elements as line ends.
    private func preformattedText(_ index: Int) -> String {
        var out = ""
        var stack = [index]
        while let next = stack.popLast() {
            let node = page.tree.nodes[next]
            switch node.kind {
            case .text: out += node.text.utf8.contains(0) ? node.text.replacingOccurrences(of: "\u{0}", with: "") : node.text
            case .comment: continue
            case .element:
                if node.name == "br" { out += "\n" } else if !dropped[next] || next == index { stack.append(contentsOf: node.children.reversed()) }
            }
        }
        return out
    }

    /// Records a local image for writers that embed resources.
    mutating func recordResource(_ reference: String) {
        guard URLResolver.isLocal(reference), seenResources.insert(reference).inserted else { return }
        resources.append(reference)
    }
}

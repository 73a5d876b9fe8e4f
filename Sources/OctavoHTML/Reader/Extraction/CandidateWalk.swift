/// The first extraction pass: one walk over `body` in document order that removes unlikely
/// chrome, the byline and a heading repeating the title, and collects the paragraphs to score.
struct CandidateWalk {
    /// Something that scores like a paragraph: a `p`, a `div` without block children, or a run
    /// of loose text inside a `div` (`anchor` is where its points go first).
    struct Unit {
        var element: Int?
        var anchor: Int
        var run: [Int] = []
    }

    let page: HTMLPage
    let title: String?
    var dropped: [Bool]
    let metrics: NodeMetrics
    let rules: ContentExtractor.Rules
    let looksForByline: Bool
    private(set) var units: [Unit] = []
    private(set) var byline: String?
    /// Paragraphs split by `<br><br>` chains, which score as containers of several paragraphs.
    private(set) var splitParagraphs: Set<Int> = []
    /// `div`s that only wrap one paragraph (with few links): they score as that paragraph.
    private(set) var paragraphWrappers: Set<Int> = []

    static let scoredTags: Set<String> = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]
    static let phrasingTags: Set<String> = ["abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist",
                                            "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
                                            "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select",
                                            "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr",
                                            "a", "del", "ins", "font", "u", "s", "strike", "tt", "big"]

    init(page: HTMLPage, title: String?, dropped: [Bool], metrics: NodeMetrics, rules: ContentExtractor.Rules, looksForByline: Bool) {
        self.page = page
        self.title = title
        self.dropped = dropped
        self.metrics = metrics
        self.rules = rules
        self.looksForByline = looksForByline
    }

    mutating func run() {
        var removeTitleHeading = title != nil
        var tableOrCodeDepth = 0
        var stack: [(Int, Bool)] = [(page.body, false)]
        while let (i, exiting) = stack.popLast() {
            let name = page.name(i)
            if exiting {
                if name == "table" || name == "code" { tableOrCodeDepth -= 1 }
                continue
            }
            guard !dropped[i], page.isElement(i) else { continue }
            let match = page.classAndID(i)
            if looksForByline, byline == nil, isByline(i, match) {
                byline = page.text(of: i, dropped: dropped)
                dropped[i] = true
                continue
            }
            if removeTitleHeading, name == "h1" || name == "h2", let title,
               TitleSimilarity.similarity(title, page.text(of: i, dropped: dropped)) > 0.75 {
                removeTitleHeading = false
                dropped[i] = true
                continue
            }
            if rules.stripUnlikely, i != page.body {
                if ClassHints.unlikelySet.occurs(in: match), !ClassHints.maybeContentSet.occurs(in: match),
                   tableOrCodeDepth == 0, name != "body", name != "a", !EmbeddedPost.wraps(i, page: page, dropped: dropped, metrics: metrics) {
                    dropped[i] = true
                    continue
                }
                if let role = page.attribute(i, "role"), ClassHints.unlikelyRoles.contains(role.lowercased()) {
                    dropped[i] = true
                    continue
                }
            }
            if ["div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"].contains(name), isEmpty(i) {
                dropped[i] = true
                continue
            }
            collectUnits(i, name)
            if name == "table" || name == "code" { tableOrCodeDepth += 1 }
            stack.append((i, true))
            for child in page.children(i).reversed() where page.isElement(child) { stack.append((child, false)) }
        }
    }

    private mutating func collectUnits(_ i: Int, _ name: String) {
        guard let parent = page.parent(i) else { return }
        if name == "p" || name == "div", let segments = brSeparatedSegments(i) {
            for segment in segments { units.append(Unit(anchor: i, run: segment)) }
            if name == "p" { splitParagraphs.insert(i) }
            return
        }
        if Self.scoredTags.contains(name) {
            units.append(Unit(element: i, anchor: paragraphWrappers.contains(parent) ? page.parent(parent) ?? parent : parent))
        } else if name == "div" {
            if wrapsSingleParagraph(i), metrics.linkDensity(i) < 0.25 {
                paragraphWrappers.insert(i)
                return
            }
            if !metrics.hasBlockDescendant[i] {
                units.append(Unit(element: i, anchor: parent))
                return
            }
            var run: [Int] = []
            for child in page.children(i) where !dropped[child] {
                if isPhrasing(child) { run.append(child) } else if !run.isEmpty { units.append(Unit(anchor: i, run: run)); run = [] }
            }
            if !run.isEmpty { units.append(Unit(anchor: i, run: run)) }
        }
    }

    /// The runs of phrasing content between `<br><br>` chains (and block children), when the
    /// element has at least one such chain: text laid out as paragraphs with line breaks.
    private func brSeparatedSegments(_ i: Int) -> [[Int]]? {
        let children = page.children(i).filter { !dropped[$0] && (page.isElement($0) || page.isText($0)) }
        var segments: [[Int]] = [], current: [Int] = []
        var foundChain = false
        var position = 0
        while position < children.count {
            let child = children[position]
            if page.name(child) == "br" {
                var next = position + 1, breaks = 1
                while next < children.count, page.name(children[next]) == "br" || isWhitespaceText(children[next]) {
                    if page.name(children[next]) == "br" { breaks += 1 }
                    next += 1
                }
                if breaks >= 2 {
                    foundChain = true
                    if !current.isEmpty { segments.append(current); current = [] }
                    position = next
                    continue
                }
            }
            if isPhrasing(child) {
                current.append(child)
            } else if !current.isEmpty {
                segments.append(current)
                current = []
            }
            position += 1
        }
        if !current.isEmpty { segments.append(current) }
        return foundChain ? segments : nil
    }

    /// Whether the element's only content is one `p` element (whitespace aside).
    private func wrapsSingleParagraph(_ i: Int) -> Bool {
        var paragraph: Int?
        for child in page.children(i) where !dropped[child] {
            if page.isElement(child) {
                guard paragraph == nil, page.name(child) == "p" else { return false }
                paragraph = child
            } else if page.isText(child), !isWhitespaceText(child) {
                return false
            }
        }
        return paragraph != nil
    }

    private func isWhitespaceText(_ i: Int) -> Bool {
        page.isText(i) && page.tree.nodes[i].text.unicodeScalars.allSatisfy(Whitespace.isSpace)
    }

    private func isPhrasing(_ i: Int) -> Bool {
        if page.isText(i) { return true }
        return page.isElement(i) && Self.phrasingTags.contains(page.name(i)) && !metrics.hasBlockDescendant[i]
    }

    private func isEmpty(_ i: Int) -> Bool {
        metrics.text[i] == 0 && page.children(i).allSatisfy { child in
            !page.isElement(child) || dropped[child] || page.name(child) == "br" || page.name(child) == "hr"
        }
    }

    private func isByline(_ i: Int, _ match: String) -> Bool {
        let rel = page.attribute(i, "rel"), itemprop = page.attribute(i, "itemprop") ?? ""
        guard rel == "author" || itemprop.contains("author") || ClassHints.bylineSet.occurs(in: match) else { return false }
        let length = metrics.text[i]
        return length > 0 && length < 100
    }
}

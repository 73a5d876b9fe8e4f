/// Scores containers from the paragraphs under them and picks the article's root elements: the
/// best container, possibly an ancestor shared by other strong candidates, plus related siblings.
struct CandidateScorer {
    let page: HTMLPage
    let metrics: NodeMetrics
    let rules: ContentExtractor.Rules
    let dropped: [Bool]
    /// Elements that score as `div`s (paragraphs split by line-break chains).
    var divLike: Set<Int> = []
    /// `div`s that only wrap a paragraph, which count as that paragraph.
    var paragraphWrappers: Set<Int> = []
    private(set) var scores: [Int: Double] = [:]
    private var candidates: [Int] = []

    init(page: HTMLPage, metrics: NodeMetrics, rules: ContentExtractor.Rules, dropped: [Bool]) {
        self.page = page
        self.metrics = metrics
        self.rules = rules
        self.dropped = dropped
    }

    /// Adds each unit's points to its ancestors (full, half, then a third per level).
    mutating func score(_ units: [CandidateWalk.Unit]) {
        for unit in units {
            let length: Int32, commas: Int32
            if let element = unit.element {
                length = metrics.text[element]
                commas = metrics.commas[element]
            } else {
                length = unit.run.reduce(0) { $0 + metrics.text[$1] }
                commas = unit.run.reduce(0) { $0 + metrics.commas[$1] }
            }
            guard length >= 25 else { continue }
            let points = 1 + Double(commas) + Double(min(length / 100, 3))
            var ancestor: Int? = unit.anchor
            for level in 0..<5 {
                guard let node = ancestor, page.parent(node) != nil else { break }
                if scores[node] == nil { initialise(node) }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[node]! += points / divider
                ancestor = page.parent(node)
            }
        }
        for candidate in candidates {
            scores[candidate]! *= 1 - metrics.linkDensity(candidate)
        }
    }

    private mutating func initialise(_ node: Int) {
        var score: Double
        switch divLike.contains(node) ? "div" : page.name(node) {
        case "div": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        score += classWeight(node)
        scores[node] = score
        candidates.append(node)
    }

    func classWeight(_ node: Int) -> Double {
        guard rules.weightClasses else { return 0 }
        return ClassHints.weight(className: page.attribute(node, "class") ?? "", id: page.attribute(node, "id") ?? "")
    }

    /// The article's root elements, in document order.
    mutating func selectRoots() -> [Int] {
        let ranked = candidates.sorted { (scores[$0]!, -$0) > (scores[$1]!, -$1) }.prefix(5)
        guard var top = ranked.first, page.name(top) != "body" else { return [page.body] }
        top = sharedAncestor(of: top, ranked: Array(ranked)) ?? top
        top = climb(from: top)
        if scores[top] == nil { initialise(top) }
        return siblings(of: top)
    }

    /// An ancestor of `top` that at least three other strong candidates also sit under.
    private func sharedAncestor(of top: Int, ranked: [Int]) -> Int? {
        let topScore = scores[top]!
        var lists: [Set<Int>] = []
        for other in ranked.dropFirst() where topScore > 0 && scores[other]! / topScore >= 0.75 {
            lists.append(ancestors(of: other))
        }
        guard lists.count >= 3 else { return nil }
        var parent = page.parent(top)
        while let p = parent, p != page.body {
            if lists.filter({ $0.contains(p) }).count >= 3 { return p }
            parent = page.parent(p)
        }
        return nil
    }

    /// Moves up while the parent scores better, then past wrappers with a single child.
    private func climb(from start: Int) -> Int {
        var top = start
        var lastScore = scores[top] ?? 0
        let threshold = lastScore / 3
        var parent = page.parent(top)
        while let p = parent, p != page.body {
            guard let parentScore = scores[p] else { parent = page.parent(p); continue }
            if parentScore < threshold { break }
            if parentScore > lastScore { top = p; break }
            lastScore = parentScore
            parent = page.parent(p)
        }
        while let p = page.parent(top), p != page.body, elementChildren(p).count == 1 { top = p }
        return top
    }

    private func siblings(of top: Int) -> [Int] {
        guard let parent = page.parent(top) else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = page.attribute(top, "class") ?? ""
        var roots: [Int] = []
        for sibling in elementChildren(parent) {
            if sibling == top { roots.append(sibling); continue }
            let bonus = !topClass.isEmpty && page.attribute(sibling, "class") == topClass ? topScore * 0.2 : 0
            if let score = scores[sibling], score + bonus >= threshold {
                roots.append(sibling)
            } else if page.name(sibling) == "p" || paragraphWrappers.contains(sibling)
                        || (page.name(sibling) == "div" && !metrics.hasBlockDescendant[sibling]) {
                let density = metrics.linkDensity(sibling), length = metrics.text[sibling]
                if length > 80 && density < 0.25 {
                    roots.append(sibling)
                } else if length > 0 && length < 80 && density == 0 {
                    let text = page.text(of: sibling)
                    if text.contains(". ") || text.hasSuffix(".") { roots.append(sibling) }
                }
            }
        }
        return roots
    }

    private func ancestors(of node: Int) -> Set<Int> {
        var out: Set<Int> = []
        var current = page.parent(node)
        while let p = current { out.insert(p); current = page.parent(p) }
        return out
    }

    private func elementChildren(_ node: Int) -> [Int] {
        page.children(node).filter { page.isElement($0) && !dropped[$0] }
    }
}

/// The last extraction pass over the chosen roots: removes what sits inside an article but is
/// not part of it — asides, footers, share widgets, headings styled as chrome, link lists,
/// forms, interface icons (``InlineSVG``) and small blocks that are mostly links or images.
struct ArticleCleaner {
    let page: HTMLPage
    let metrics: NodeMetrics
    private(set) var dropped: [Bool]
    let rules: ContentExtractor.Rules
    private var dataTables: [Bool]
    /// Data tables in each subtree, bottom-up.
    private var dataTablesBelow: [Int32]

    init(page: HTMLPage, metrics: NodeMetrics, dropped: [Bool], rules: ContentExtractor.Rules) {
        self.page = page
        self.metrics = metrics
        self.dropped = dropped
        self.rules = rules
        dataTables = Array(repeating: false, count: page.count)
        dataTablesBelow = Array(repeating: 0, count: page.count)
        for i in stride(from: page.count - 1, through: 0, by: -1) where !dropped[i] {
            if page.name(i) == "table", DataTable.isDataTable(page, i) {
                dataTables[i] = true
                dataTablesBelow[i] += 1
            }
            if let p = page.parent(i) { dataTablesBelow[p] += dataTablesBelow[i] }
        }
    }

    mutating func clean(_ roots: [Int]) {
        for root in roots {
            var figureDepth = 0, protectedDepth = 0
            var stack: [(Int, Bool)] = [(root, false)]
            while let (i, exiting) = stack.popLast() {
                let name = page.name(i)
                if exiting {
                    if name == "figure" { figureDepth -= 1 }
                    if dataTables[i] || name == "code" || name == "pre" { protectedDepth -= 1 }
                    continue
                }
                guard !dropped[i], page.isElement(i) else { continue }
                if shouldRemove(i, name, isRoot: i == root, inFigure: figureDepth > 0, isProtected: protectedDepth > 0) {
                    dropped[i] = true
                    continue
                }
                if name == "figure" { figureDepth += 1 }
                if dataTables[i] || name == "code" || name == "pre" { protectedDepth += 1 }
                stack.append((i, true))
                for child in page.children(i).reversed() where page.isElement(child) { stack.append((child, false)) }
            }
        }
    }

    private func shouldRemove(_ i: Int, _ name: String, isRoot: Bool, inFigure: Bool, isProtected: Bool) -> Bool {
        switch name {
        case "footer", "aside", "nav", "form", "fieldset":
            return !isRoot
        case "h1", "h2":
            return rules.weightClasses && weight(i) < 0
        case "p":
            return metrics.text[i] == 0 && metrics.images[i] == 0
        case "svg":
            return InlineSVG.isIcon(page, i, dropped: dropped)
        default:
            break
        }
        if !isRoot, ClassHints.isShareWidget(page.classAndID(i)), metrics.text[i] < ContentExtractor.minimumLength {
            return true
        }
        if rules.cleanConditionally, ["table", "ul", "div"].contains(name), !isProtected {
            return isUnlikelyBlock(i, name, inFigure: inFigure) && !EmbeddedPost.wraps(i, page: page, dropped: dropped, metrics: metrics)
        }
        return false
    }

    private func weight(_ i: Int) -> Double {
        ClassHints.weight(className: page.attribute(i, "class") ?? "", id: page.attribute(i, "id") ?? "")
    }

    /// Readability's "clean conditionally": too many images, list items or inputs for the text,
    /// too little text, or too many links for the class hints.
    private func isUnlikelyBlock(_ i: Int, _ name: String, inFigure: Bool) -> Bool {
        if dataTables[i] || dataTablesBelow[i] > 0 { return false }
        let text = Double(metrics.text[i])
        let isList = name == "ul" || name == "ol" || (text > 0 && Double(metrics.listText[i]) / text > 0.9)
        let weight = rules.weightClasses ? self.weight(i) : 0
        if weight < 0 { return true }
        guard metrics.commas[i] < 10 else { return false }
        let paragraphs = Double(metrics.paragraphs[i]), images = Double(metrics.images[i])
        let items = Double(metrics.listItems[i]) - 100, inputs = Double(metrics.inputs[i])
        let headingDensity = text == 0 ? 0 : Double(metrics.headingText[i]) / text
        let embeds = metrics.embeds[i]
        let density = metrics.linkDensity(i)
        var remove = (!inFigure && images > 1 && paragraphs / images < 0.5)
            || (!isList && items > paragraphs)
            || inputs > (paragraphs / 3).rounded(.down)
            || (!isList && !inFigure && headingDensity < 0.9 && text < 25 && (images == 0 || images > 2))
            || (!isList && weight < 25 && density > 0.2 && !ParagraphWrapper.isWrapper(i, page: page, dropped: dropped, metrics: metrics))
            || (weight >= 25 && density > 0.5)
            || (embeds == 1 && text < 75) || embeds > 1
        if isList && remove {
            // A gallery: every item holds one image.
            let children = page.children(i).filter { page.isElement($0) && !dropped[$0] }
            if !children.isEmpty, children.allSatisfy({ page.children($0).filter(page.isElement).count <= 1 }),
               Int(metrics.images[i]) == Int(metrics.listItems[i]) {
                remove = false
            }
        }
        return remove
    }
}

/// Which elements never count as content, in any extraction mode: scripts and styles, hidden
/// elements (`hidden`, `aria-hidden`, `display:none`, `visibility:hidden`), form controls.
enum Visibility {
    /// Elements dropped with their content wherever they are.
    static let neverContent: Set<String> = ["script", "style", "template", "head", "title", "meta", "link",
                                            "iframe", "frame", "frameset", "object", "embed", "applet", "button", "input",
                                            "select", "textarea", "option", "datalist", "dialog", "canvas", "map",
                                            "param", "source", "track", "audio", "video"]

    /// Declarations that hide an element, as ``InlineStyle/compact(_:)`` writes them.
    static let hidingStyles = PhraseSet(["display:none", "visibility:hidden"])

    static func isHidden(_ page: HTMLPage, _ index: Int) -> Bool {
        let node = page.tree.nodes[index]
        if node.attribute("hidden") != nil { return true }
        if let aria = node.attribute("aria-hidden"), aria.lowercased() == "true",
           !(node.attribute("class") ?? "").contains("fallback-image") {
            return true
        }
        if let style = node.attribute("style") {
            let compact = InlineStyle.compact(style)
            // An ASCII style is compared as bytes (the common case); another as characters.
            if compact.utf8.allSatisfy({ $0 < 0x80 }) ? hidingStyles.occurs(in: compact)
                : compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        return false
    }

    /// The mask of nodes that are never content, with their subtrees, plus everything outside `body`.
    static func baseDropped(_ page: HTMLPage) -> [Bool] {
        var dropped = Array(repeating: false, count: page.count)
        for i in 0..<page.count {
            if let p = page.parent(i), dropped[p] { dropped[i] = true; continue }
            let node = page.tree.nodes[i]
            switch node.kind {
            case .comment: dropped[i] = true
            case .text: break
            case .element:
                // An SVG's own `title` is its accessible name, kept with the drawing.
                if node.name == "title", page.hasAncestor(i, named: "svg") { break }
                if neverContent.contains(node.name) || isHidden(page, i) { dropped[i] = true }
            }
        }
        if page.body != page.tree.root {
            let end = page.tree.lastDescendant(of: page.body)
            for i in 0..<page.count where i < page.body || i > end { dropped[i] = true }
        }
        return dropped
    }
}

extension HTMLTree {
    /// Whether `index` is `ancestor` or below it: indices of a subtree are contiguous from the
    /// subtree's root to its last descendant.
    func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        index >= ancestor && index <= lastDescendant(of: ancestor)
    }

    /// The largest index in the subtree of `index`.
    func lastDescendant(of index: Int) -> Int {
        var current = index
        while let last = nodes[current].children.last { current = last }
        return current
    }
}

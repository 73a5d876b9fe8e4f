/// The text of a photo gallery, slideshow or carousel set in the article: its captions (often
/// twice, truncated and full), credits, counters (`1 of 4`) and controls. A gallery is an element
/// whose class or id names one (`gallery`, `slideshow`, `carousel`, `slider`) and that holds a
/// picture; its pictures stay, everything in it without a picture goes. An element holding half
/// the article's text or more is the article itself (a photo essay), not a gallery in it.
struct GalleryTextRule: BoilerplateRule {
    static let words = ["gallery", "slideshow", "carousel", "slider"]
    /// The share of the article's text a gallery holds at most.
    static let maximumShare = 0.5

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        let page = blocks.page, metrics = blocks.metrics
        let articleText = blocks.roots.reduce(0) { $0 + Int(metrics.text[$1]) }
        for root in blocks.roots {
            var stack = page.children(root).filter(page.isElement)
            while let i = stack.popLast() {
                guard !dropped[i] else { continue }
                if metrics.images[i] > 0, ClassHints.matches(page.classAndID(i), Self.words),
                   Double(metrics.text[i]) < Self.maximumShare * Double(articleText) {
                    dropText(in: i, page: page, metrics: metrics, dropped: &dropped)
                    continue
                }
                stack.append(contentsOf: page.children(i).filter(page.isElement))
            }
        }
    }

    /// Drops every child subtree of `i` without a picture, and recurses into the others.
    private func dropText(in i: Int, page: HTMLPage, metrics: NodeMetrics, dropped: inout [Bool]) {
        var stack = [i]
        while let node = stack.popLast() {
            for child in page.children(node) where !dropped[child] {
                if page.isElement(child), metrics.images[child] > 0 {
                    stack.append(child)
                } else if page.isText(child) || (page.isElement(child) && !["img", "picture", "source"].contains(page.name(child))) {
                    dropped[child] = true
                }
            }
        }
    }
}

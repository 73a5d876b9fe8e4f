import OctavoCore

extension ModelBuilder {
    /// The trimmed inlines of `nodes`, as a heading, caption or term holds them.
    mutating func inlineContent(_ nodes: [Int], depth: Int) -> [Inline] {
        endsWithSpace = true
        var out: [Inline] = []
        for child in nodes where !dropped[child] { out += inline(child, depth: depth + 1) }
        return InlineWhitespace.trimmed(out)
    }

    /// The inlines one node maps to. Block elements met here (a `div` in a heading) give their
    /// inline content, separated by spaces.
    mutating func inline(_ index: Int, depth: Int) -> [Inline] {
        let node = page.tree.nodes[index]
        switch node.kind {
        case .comment: return []
        case .text: return text(node.text)
        case .element: break
        }
        guard !dropped[index] else { return [] }
        guard depth < maxDepth else {
            flattened += 1
            return text(page.text(of: index, dropped: dropped) + " ")
        }
        let children = node.children
        switch node.name {
        case "em", "i", "cite", "dfn", "var":
            return wrap(children, depth: depth) { .emphasis($0) }
        case "strong", "b":
            return wrap(children, depth: depth) { .strong($0) }
        case "s", "strike", "del":
            return wrap(children, depth: depth) { .strikethrough($0) }
        case "sub":
            return wrap(children, depth: depth) { .subscript($0) }
        case "sup":
            if let note = footnoteReference(index, depth: depth) { return [note] }
            return wrap(children, depth: depth) { .superscript($0) }
        case "code", "kbd", "samp", "tt":
            let code = Whitespace.collapse(page.tree.textContent(of: index))
            guard !code.isEmpty else { return [] }
            endsWithSpace = false
            return [.code(code)]
        case "a":
            if let note = footnoteReference(index, depth: depth) { return [note] }
            return link(index, depth: depth)
        case "img":
            return image(index).map { [$0] } ?? []
        case "picture":
            return picture(index)
        case "noscript":
            return noscriptImages(index)
        case "br":
            endsWithSpace = true
            return [.lineBreak]
        case "wbr":
            return []
        case "q":
            return wrap(children, depth: depth) { .span(Attributes(classes: [Conventions.Class.quote]), $0) }
        case "svg", "math":
            endsWithSpace = false
            return [.raw(format: "html", text: RawMarkup.serialize(page, index, dropped: dropped, maxDepth: maxDepth - depth))]
        default:
            var out: [Inline] = []
            let separate = Self.blockTags.contains(node.name)
            if separate { out += text(" ") }
            for child in children where !dropped[child] { out += inline(child, depth: depth + 1) }
            if separate { out += text(" ") }
            return out
        }
    }

    /// Text with HTML (ASCII) whitespace collapsed, joined to what came before without doubling
    /// spaces; NUL characters are dropped. Works on UTF-8 bytes: this runs for every text node.
    mutating func text(_ raw: String) -> [Inline] {
        var raw = raw
        var pendingSpace = endsWithSpace
        let bytes: [UInt8] = raw.withUTF8 { input in
            var out: [UInt8] = []
            out.reserveCapacity(input.count)
            for byte in input {
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
                    if !pendingSpace { out.append(0x20); pendingSpace = true }
                case 0x00:
                    continue
                default:
                    out.append(byte)
                    pendingSpace = false
                }
            }
            return out
        }
        endsWithSpace = pendingSpace
        return bytes.isEmpty ? [] : [.text(String(decoding: bytes, as: UTF8.self))]
    }

    private mutating func wrap(_ children: [Int], depth: Int, _ make: ([Inline]) -> Inline) -> [Inline] {
        var content: [Inline] = []
        for child in children where !dropped[child] { content += inline(child, depth: depth + 1) }
        return InlineWhitespace.isBlank(content) ? content : [make(InlineWhitespace.merged(content))]
    }

    private mutating func link(_ index: Int, depth: Int) -> [Inline] {
        var content: [Inline] = []
        for child in page.children(index) where !dropped[child] { content += inline(child, depth: depth + 1) }
        guard let href = page.attribute(index, "href")?.trimmingWhitespace, !href.isEmpty,
              !href.lowercased().hasPrefix("javascript:") else { return content }
        guard !content.isEmpty else { return [] }
        let title = page.attribute(index, "title").flatMap { $0.isEmpty ? nil : $0 }
        return [.link(Link(destination: urls.resolve(href), title: title, content: InlineWhitespace.merged(content)))]
    }

    /// An image inline for the `img` at `index`, or a `noscript` fallback's when it only has a placeholder.
    mutating func image(_ index: Int) -> Inline? {
        var source = ImageSource.best(page, index)
        var element = index
        if source == nil, let fallback = noscriptFallback(after: index) {
            source = ImageSource.best(page, fallback)
            element = fallback
        }
        guard let source else { return nil }
        let resolved = urls.resolveImage(source)
        recordResource(resolved)
        endsWithSpace = false
        let alt = Whitespace.collapse(page.attribute(element, "alt") ?? page.attribute(index, "alt") ?? "")
        let title = page.attribute(element, "title").flatMap { $0.isEmpty ? nil : $0 }
        return .image(Image(source: resolved, title: title, alt: alt.isEmpty ? [] : [.text(alt)]))
    }

    /// `<picture>`: its `img`, with the best `source` candidate when the `img` has none.
    private mutating func picture(_ index: Int) -> [Inline] {
        let imgs = page.elements(named: "img", under: index)
        guard let img = imgs.first else { return [] }
        if let inline = image(img) { return [inline] }
        for source in page.elements(named: "source", under: index) {
            if let set = page.attribute(source, "srcset"), let best = ImageSource.bestCandidate(set) {
                let resolved = urls.resolveImage(best)
                recordResource(resolved)
                let alt = Whitespace.collapse(page.attribute(img, "alt") ?? "")
                return [.image(Image(source: resolved, alt: alt.isEmpty ? [] : [.text(alt)]))]
            }
        }
        return []
    }

    /// A `noscript` holding images, unless it only backs up the image just before it.
    private mutating func noscriptImages(_ index: Int) -> [Inline] {
        if let previous = previousElementSibling(index), page.name(previous) == "img" || !page.elements(named: "img", under: previous).isEmpty {
            return []
        }
        return page.elements(named: "img", under: index).compactMap { image($0) }
    }

    private func noscriptFallback(after index: Int) -> Int? {
        guard let parent = page.parent(index) else { return nil }
        let siblings = page.children(parent)
        guard let position = siblings.firstIndex(of: index) else { return nil }
        for next in siblings[(position + 1)...] {
            if page.isText(next) && page.tree.nodes[next].text.allSatisfy(\.isWhitespace) { continue }
            guard page.name(next) == "noscript" else { return nil }
            return page.elements(named: "img", under: next).first
        }
        return nil
    }

    private func previousElementSibling(_ index: Int) -> Int? {
        guard let parent = page.parent(index) else { return nil }
        let siblings = page.children(parent)
        guard let position = siblings.firstIndex(of: index) else { return nil }
        return siblings[..<position].last { page.isElement($0) }
    }
}

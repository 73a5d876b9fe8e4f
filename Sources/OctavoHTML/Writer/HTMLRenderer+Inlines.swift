import OctavoCore

extension HTMLRenderer {
    /// Renders the inlines of one block (a paragraph, a heading, a cell). When raw HTML is to be
    /// re-serialized and the run holds some, the whole run is rendered with the raw pieces in
    /// place and then passed through the sanitizer as one fragment: Markdown splits inline HTML
    /// into one node per tag (`<span>`, text, `</span>`), and only the whole run says what is
    /// open, closed or unsafe.
    mutating func renderInlineContainer(_ inlines: [Inline], depth: Int) {
        if case let .reserialize(policy) = raw, !copyingRawForSanitizer, Self.containsRawHTML(inlines) {
            let start = out.count
            copyingRawForSanitizer = true
            renderInlines(inlines, depth: depth)
            copyingRawForSanitizer = false
            let html = out.text(since: start)
            out.truncate(to: start)
            out.raw(reserialize(html, policy: policy, phrasingOnly: true, regions: .marked))
        } else {
            renderInlines(inlines, depth: depth)
        }
    }

    mutating func renderInlines(_ inlines: [Inline], depth: Int) {
        for inline in inlines { renderInline(inline, depth: depth) }
    }

    private mutating func wrap(_ tag: String, _ content: [Inline], depth: Int) {
        out.raw("<\(tag)>")
        renderInlines(content, depth: depth + 1)
        out.raw("</\(tag)>")
    }

    mutating func renderInline(_ inline: Inline, depth: Int) {
        if depth > maxDepth + 48 {
            noteTooDeep()
            out.text(HTMLRenderer.plainText([inline]))
            return
        }
        switch inline {
        case let .text(text): out.text(text)
        case let .emphasis(content): wrap("em", content, depth: depth)
        case let .strong(content): wrap("strong", content, depth: depth)
        case let .strikethrough(content): wrap("del", content, depth: depth)
        case let .superscript(content): wrap("sup", content, depth: depth)
        case let .subscript(content): wrap("sub", content, depth: depth)
        case let .code(code):
            out.raw("<code>")
            out.text(code)
            out.raw("</code>")
        case let .link(link):
            out.raw("<a")
            out.urlAttribute("href", safeURL(link.destination, image: false))
            if let title = link.title { out.attribute("title", title) }
            out.raw(">")
            renderInlines(link.content, depth: depth + 1)
            out.raw("</a>")
        case let .image(image):
            out.raw("<img")
            out.urlAttribute("src", safeURL(image.source, image: true))
            out.attribute("alt", HTMLRenderer.plainText(image.alt))
            if let title = image.title { out.attribute("title", title) }
            writeAttributes(image.attributes)
            out.raw(" />")
        case .softBreak: out.raw("\n")
        case .lineBreak: out.raw("<br />\n")
        case let .footnote(note): renderFootnoteReference(note)
        case let .span(attributes, content): renderSpan(attributes, content, depth: depth)
        case let .raw(format, text): renderRawInline(format: format, text: text)
        }
    }

    private mutating func renderSpan(_ attributes: Attributes, _ content: [Inline], depth: Int) {
        if attributes.hasClass(Conventions.Class.quote) {
            var rest = attributes
            rest.classes.removeAll { $0 == Conventions.Class.quote }
            out.raw("<q")
            writeAttributes(rest)
            out.raw(">")
            renderInlines(content, depth: depth + 1)
            out.raw("</q>")
            return
        }
        out.raw("<span")
        writeAttributes(attributes)
        out.raw(">")
        if attributes.hasClass(Conventions.Class.stageDirection), !Self.isEmphasized(content) {
            wrap("em", content, depth: depth)
        } else {
            renderInlines(content, depth: depth + 1)
        }
        out.raw("</span>")
    }

    private mutating func renderRawInline(format: String, text: String) {
        guard Self.isHTML(format) else { return }
        switch raw {
        case .copy: out.raw(text)
        case .reserialize:
            if copyingRawForSanitizer { copyRawPiece(text) }
        case .drop: break
        }
    }

    /// `url`, or an empty one when the URL could run script (`javascript:`, `data:text/html`…).
    /// Links and images of the model are checked whatever `--raw-html` says: that option governs
    /// raw HTML only.
    private func safeURL(_ url: String, image: Bool) -> String {
        HTMLSanitizer.isSafeURL(url, image: image) ? url : ""
    }

    /// Whether `inlines` are one emphasis already (a transcript's stage direction usually is).
    static func isEmphasized(_ inlines: [Inline]) -> Bool {
        if inlines.count == 1, case .emphasis = inlines[0] { return true }
        return false
    }

    /// Whether `inlines` (at any depth) hold raw HTML. Allocates nothing for the common case.
    static func containsRawHTML(_ inlines: [Inline], depth: Int = 0) -> Bool {
        for inline in inlines {
            switch inline {
            case let .raw(format, _) where isHTML(format): return true
            case let .emphasis(c), let .strong(c), let .strikethrough(c), let .superscript(c), let .subscript(c), let .span(_, c):
                if depth < 512, containsRawHTML(c, depth: depth + 1) { return true }
            case let .link(link):
                if depth < 512, containsRawHTML(link.content, depth: depth + 1) { return true }
            default: continue
            }
        }
        return false
    }

    /// The text of `inlines` for an `alt` attribute or a table of contents: what cmark writes in
    /// image descriptions (text, code and raw HTML as text; breaks as spaces; no footnotes).
    static func plainText(_ inlines: [Inline], includingRawHTML: Bool = true) -> String {
        var text = ""
        var stack = inlines.reversed().map { $0 }
        while let next = stack.popLast() {
            switch next {
            case let .text(t), let .code(t): text += t
            case let .raw(format, t) where includingRawHTML && isHTML(format): text += t
            case .raw, .footnote: continue
            case .softBreak, .lineBreak: text += " "
            case let .emphasis(c), let .strong(c), let .strikethrough(c), let .superscript(c), let .subscript(c), let .span(_, c):
                stack.append(contentsOf: c.reversed())
            case let .link(link): stack.append(contentsOf: link.content.reversed())
            case let .image(image): stack.append(contentsOf: image.alt.reversed())
            }
        }
        return text
    }
}

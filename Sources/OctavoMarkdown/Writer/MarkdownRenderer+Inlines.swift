import OctavoCore

extension MarkdownRenderer {
    /// Writes `inlines` into `out`. `inBrackets` is set inside link text and image alt text.
    mutating func render(_ inlines: [Inline], into out: inout InlineText, depth: Int, inBrackets: Bool = false) {
        if depth > maxDepth + 48 {
            note("depth", "content nested deeper than \(maxDepth) levels is written as plain text")
            out.appendText(escaper.escape(Inline.plainText(of: inlines), at: .init(atLineStart: out.atLineStart)), breakable: width != nil)
            return
        }
        var inlines = inlines
        if rawHTML == .sanitize, inlines.contains(where: Self.isRawHTML) {
            inlines = RawHTMLFilter.sanitizeRun(inlines, context: context)
        }
        for (index, inline) in inlines.enumerated() {
            let next = index + 1 < inlines.count ? inlines[index + 1] : nil
            render(inline, next: next, into: &out, depth: depth, inBrackets: inBrackets)
        }
    }

    private mutating func render(_ inline: Inline, next: Inline?, into out: inout InlineText, depth: Int, inBrackets: Bool) {
        switch inline {
        case let .text(text):
            var place = MarkdownEscaper.Place(atLineStart: out.atLineStart, inBrackets: inBrackets)
            if case .link? = next { place.beforeLink = true }
            if case .image? = next { place.beforeLink = true }
            out.appendText(escaper.escape(text, at: place), breakable: width != nil)
        case let .emphasis(content):
            // `**a**` would read as strong: an emphasis alone inside takes `_`.
            emphasis(content, mark: "*", into: &out, depth: depth, inBrackets: inBrackets)
        case let .strong(content):
            // `***a***` would read as emphasis around strong: an emphasis alone inside takes `_`.
            emphasis(content, mark: "**", into: &out, depth: depth, inBrackets: inBrackets)
        case let .strikethrough(content):
            if gfm {
                delimited(content, mark: "~~", into: &out, depth: depth, inBrackets: inBrackets)
            } else {
                tagged("del", content, into: &out, depth: depth, inBrackets: inBrackets)
            }
        case let .superscript(content): tagged("sup", content, into: &out, depth: depth, inBrackets: inBrackets)
        case let .subscript(content): tagged("sub", content, into: &out, depth: depth, inBrackets: inBrackets)
        case let .code(code):
            out.append(MarkdownSyntax.codeSpan(code))
        case let .link(link):
            renderLink(link, next: next, into: &out, depth: depth)
        case let .image(image):
            out.append("![")
            render(image.alt, into: &out, depth: depth + 1, inBrackets: true)
            out.append("]" + target(image.source, title: image.title))
        case .softBreak:
            if width == nil { out.newline() } else { out.appendText(" ", breakable: width != nil) }
        case .lineBreak:
            out.append("\\")
            out.newline()
        case let .footnote(footnote):
            let label = notes.label(for: footnote)
            out.append(gfm ? "[^\(label)]" : "\\[\(label)]")
            if !gfm { note("footnotes", "CommonMark has no footnotes: they are written as numbered paragraphs at the end") }
        case let .span(attributes, content):
            renderSpan(attributes, content, into: &out, depth: depth, inBrackets: inBrackets)
        case let .raw(format, text):
            if let kept = RawHTMLFilter.inline(format: format, text: text, policy: rawHTML) { out.append(kept) }
        }
    }

    /// Emphasis or strong (`mark`); an emphasis that is all of its content is marked with `_`.
    private mutating func emphasis(_ content: [Inline], mark: String, into out: inout InlineText, depth: Int, inBrackets: Bool) {
        guard content.count == 1, case let .emphasis(inner) = content[0], Self.hasNoEdgeSpace(inner) else {
            return delimited(content, mark: mark, into: &out, depth: depth, inBrackets: inBrackets)
        }
        out.append(mark)
        delimited(inner, mark: "_", into: &out, depth: depth + 1, inBrackets: inBrackets)
        out.append(mark)
    }

    /// `content` between delimiters. Spaces at its edges go outside them (`* a*` is no emphasis);
    /// empty content writes nothing.
    private mutating func delimited(_ content: [Inline], mark: String, into out: inout InlineText, depth: Int, inBrackets: Bool) {
        var content = content
        var leading = "", trailing = ""
        if case let .text(first)? = content.first {
            let kept = first.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
            leading = String(first.prefix(first.count - kept.count))
            content[0] = .text(String(kept))
            if kept.isEmpty { content.removeFirst() }
        }
        if case let .text(last)? = content.last {
            var kept = Substring(last)
            while let c = kept.last, c == " " || c == "\t" || c == "\n" { kept.removeLast() }
            trailing = String(last.suffix(last.count - kept.count))
            content[content.count - 1] = .text(String(kept))
            if kept.isEmpty { content.removeLast() }
        }
        if !leading.isEmpty { render([.text(leading)], into: &out, depth: depth + 1, inBrackets: inBrackets) }
        if !content.isEmpty {
            out.append(mark)
            render(content, into: &out, depth: depth + 1, inBrackets: inBrackets)
            out.append(mark)
        }
        if !trailing.isEmpty { out.appendText(trailing.replacingOccurrences(of: "\n", with: " "), breakable: width != nil) }
    }

    /// Content between HTML tags, for what Markdown has no syntax for (`<sup>`, `<sub>`).
    private mutating func tagged(_ tag: String, _ content: [Inline], into out: inout InlineText, depth: Int, inBrackets: Bool) {
        out.append("<\(tag)>")
        render(content, into: &out, depth: depth + 1, inBrackets: inBrackets)
        out.append("</\(tag)>")
    }

    private mutating func renderLink(_ link: Link, next: Inline?, into out: inout InlineText, depth: Int) {
        if link.title == nil, case let .text(text)? = link.content.first, link.content.count == 1 {
            if MarkdownSyntax.isAutolink(link.destination, text: text) {
                out.append("<" + (link.destination.hasPrefix("mailto:") && !text.hasPrefix("mailto:") ? text : link.destination) + ">")
                return
            }
            // GitHub's `www.` links stay bare where the text needs no escape and nothing follows
            // that the link would take in.
            if gfm, link.destination == "http://" + text, text.lowercased().hasPrefix("www."),
               Self.endsAutolink(next), !text.contains(" "),
               escaper.escape(text, at: .init(atLineStart: out.atLineStart, allowsAutolinks: true)) == text {
                out.append(text)
                return
            }
        }
        out.append("[")
        render(link.content, into: &out, depth: depth + 1, inBrackets: true)
        if referenceLinks {
            out.append("][" + references.label(for: .init(destination: link.destination, title: link.title)) + "]")
        } else {
            out.append("]" + target(link.destination, title: link.title))
        }
    }

    /// Whether a bare autolink ends before `next`: nothing, a break or text opening with a space.
    private static func endsAutolink(_ next: Inline?) -> Bool {
        switch next {
        case nil, .softBreak?, .lineBreak?: true
        case let .text(text)?:
            // Trailing punctuation is left out of the link, so `www.a.com.` keeps its full stop.
            text.first.map { $0 == " " || $0 == "\t" } ?? false
                || (text.first.map { ".,:;!?".contains($0) } ?? false && text.dropFirst().first.map { $0 == " " } ?? true)
        default: false
        }
    }

    /// `(destination "title")`.
    private func target(_ destination: String, title: String?) -> String {
        var target = "(" + MarkdownSyntax.destination(destination)
        if let title { target += " " + MarkdownSyntax.title(title) }
        return target + ")"
    }

    /// Stage directions in italics; quotations in curly quotes; other spans as their content.
    private mutating func renderSpan(_ attributes: Attributes, _ content: [Inline], into out: inout InlineText, depth: Int, inBrackets: Bool) {
        if attributes.hasClass(Conventions.Class.stageDirection), !(content.count == 1 && Self.isEmphasis(content[0])) {
            delimited(content, mark: "*", into: &out, depth: depth, inBrackets: inBrackets)
        } else if attributes.hasClass(Conventions.Class.quote) {
            render([.text("\u{201C}")] + content + [.text("\u{201D}")], into: &out, depth: depth + 1, inBrackets: inBrackets)
        } else {
            render(content, into: &out, depth: depth + 1, inBrackets: inBrackets)
        }
    }

    private static func isEmphasis(_ inline: Inline) -> Bool {
        if case .emphasis = inline { true } else { false }
    }

    /// Whether `content` neither starts nor ends with a space (which delimiters cannot touch).
    private static func hasNoEdgeSpace(_ content: [Inline]) -> Bool {
        if case let .text(first)? = content.first, first.first?.isWhitespace == true { return false }
        if case let .text(last)? = content.last, last.last?.isWhitespace == true { return false }
        return !content.isEmpty
    }

    static func isRawHTML(_ inline: Inline) -> Bool {
        if case let .raw(format, _) = inline { return RawHTMLFilter.isHTML(format) }
        return false
    }
}

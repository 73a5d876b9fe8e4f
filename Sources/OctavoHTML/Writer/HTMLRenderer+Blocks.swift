import OctavoCore

extension HTMLRenderer {
    /// Renders `blocks` in order. In a tight list item, paragraphs lose their `<p>`.
    ///
    /// When raw HTML is re-serialized and several blocks of this list are raw HTML, the run from
    /// the first to the last of them is rendered with the raw pieces in place and sanitized as
    /// one fragment: Markdown's `<details>` / Markdown / `</details>` then keeps its structure
    /// instead of losing the wrapper to two separately repaired pieces.
    mutating func renderBlocks(_ blocks: [Block], depth: Int, tight: Bool = false) {
        if case let .reserialize(policy) = raw, !copyingRawForSanitizer,
           let first = blocks.firstIndex(where: Self.isRawHTMLBlock),
           let last = blocks.lastIndex(where: Self.isRawHTMLBlock), first < last {
            for block in blocks[..<first] { renderBlock(block, depth: depth, tight: tight) }
            out.newline()
            let start = out.count
            copyingRawForSanitizer = true
            for block in blocks[first...last] { renderBlock(block, depth: depth, tight: tight) }
            copyingRawForSanitizer = false
            let html = out.text(since: start)
            out.truncate(to: start)
            let clean = reserialize(html, policy: policy, phrasingOnly: false, regions: .marked)
            // Whitespace left where removed elements were is not kept at the run's ends.
            let trimmed = clean.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
            if !trimmed.isEmpty {
                out.raw(String(trimmed))
                out.newline()
            }
            for block in blocks[(last + 1)...] { renderBlock(block, depth: depth, tight: tight) }
            return
        }
        for block in blocks { renderBlock(block, depth: depth, tight: tight) }
    }

    static func isRawHTMLBlock(_ block: Block) -> Bool {
        if case let .raw(format, _) = block { return isHTML(format) }
        return false
    }

    mutating func renderBlock(_ block: Block, depth: Int, tight: Bool = false) {
        if depth > maxDepth {
            renderFlattened(block)
            return
        }
        switch block {
        case let .paragraph(inlines):
            if tight {
                renderBareInlines(inlines, depth: depth)
            } else {
                out.newline()
                out.raw("<p>")
                renderInlineContainer(inlines, depth: depth)
                out.raw("</p>\n")
            }
        case let .plain(inlines):
            renderBareInlines(inlines, depth: depth)
        case let .heading(heading):
            renderHeading(heading, depth: depth)
        case let .blockQuote(children):
            out.newline()
            out.raw("<blockquote>\n")
            renderBlocks(children, depth: depth + 1)
            out.newline()
            out.raw("</blockquote>\n")
        case let .list(list):
            renderList(list, depth: depth)
        case let .codeBlock(code):
            renderCodeBlock(code)
        case .thematicBreak:
            out.newline()
            out.raw("<hr />\n")
        case let .table(table):
            renderTable(table, depth: depth)
        case let .figure(figure):
            out.newline()
            out.raw("<figure")
            writeAttributes(figure.attributes)
            out.raw(">\n")
            renderBlocks(figure.content, depth: depth + 1)
            if !figure.caption.isEmpty {
                out.newline()
                out.raw("<figcaption>")
                renderInlineContainer(figure.caption, depth: depth + 2)
                out.raw("</figcaption>\n")
            }
            out.newline()
            out.raw("</figure>\n")
        case let .definitionList(items):
            renderDefinitionList(items, depth: depth)
        case let .lineBlock(lines):
            out.newline()
            out.raw("<div class=\"line-block\">")
            for (index, line) in lines.enumerated() {
                if index > 0 { out.raw("<br />\n") }
                renderInlineContainer(line, depth: depth + 1)
            }
            out.raw("</div>\n")
        case let .division(attributes, children):
            renderDivision(attributes, children, depth: depth)
        case let .raw(format, text):
            renderRawBlock(format: format, text: text)
        }
    }

    /// Inlines without a wrapping element (a plain block, a tight item's paragraph). Two in a
    /// row are kept apart by a line break in the source, never run together.
    private mutating func renderBareInlines(_ inlines: [Inline], depth: Int) {
        if out.count == endOfBareInlines, out.count > 0 { out.raw("\n") }
        renderInlineContainer(inlines, depth: depth)
        endOfBareInlines = out.count
    }

    private mutating func renderHeading(_ heading: Heading, depth: Int) {
        let level = min(6, max(1, heading.level))
        let text = HTMLRenderer.plainText(heading.content, includingRawHTML: false)
        // Ids come from the document (``AssignHeadingIDs`` gives them where the output wants them).
        let id = heading.attributes.id.flatMap { $0.isEmpty ? nil : ids.reserve($0) }
        headings.append(.init(level: level, id: id, text: text))
        out.newline()
        out.raw("<h\(level)")
        if let id { out.attribute("id", id) }
        var rest = heading.attributes
        rest.id = nil
        writeAttributes(rest)
        out.raw(">")
        renderInlineContainer(heading.content, depth: depth)
        out.raw("</h\(level)>\n")
    }

    private mutating func renderCodeBlock(_ code: CodeBlock) {
        out.newline()
        out.raw("<pre")
        writeAttributes(code.attributes)
        out.raw("><code")
        let language = code.language ?? code.info?.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        if let language, !language.isEmpty { out.attribute("class", "language-" + language) }
        out.raw(">")
        out.text(code.text)
        out.raw("</code></pre>\n")
    }

    private mutating func renderRawBlock(format: String, text: String) {
        guard Self.isHTML(format) else {
            context.report(.info, "raw \(format) content left out of HTML output", source: "html.raw")
            return
        }
        switch raw {
        case .copy:
            out.newline()
            out.raw(text)
            out.newline()
        case .reserialize where copyingRawForSanitizer:
            out.newline()
            copyRawPiece(text)
            out.newline()
        case let .reserialize(policy):
            let clean = reserialize(text, policy: policy, phrasingOnly: false, regions: .whole)
            guard clean.contains(where: { !$0.isWhitespace }) else { return }
            out.newline()
            out.raw(clean)
            out.newline()
        case .drop:
            context.report(.info, "raw HTML block left out (--raw-html drop)", source: "html.raw")
        }
    }

    /// Content past the depth limit: its text, as one paragraph, with no containers.
    private mutating func renderFlattened(_ block: Block) {
        noteTooDeep()
        var text = ""
        var stack = [block]
        while let next = stack.popLast() {
            switch next {
            case let .paragraph(inlines), let .plain(inlines):
                if !text.isEmpty { text += " " }
                text += HTMLRenderer.plainText(inlines)
            case let .heading(heading):
                if !text.isEmpty { text += " " }
                text += HTMLRenderer.plainText(heading.content)
            case let .codeBlock(code): text += code.text
            default:
                var children: [Block] = []
                _ = next.mappingChildren(blocks: { children.append(contentsOf: $0); return $0 }, inlines: { inlines in
                    children.append(.plain(inlines))
                    return inlines
                })
                stack.append(contentsOf: children.reversed())
            }
        }
        guard !text.isEmpty else { return }
        out.newline()
        out.raw("<p>")
        out.text(text)
        out.raw("</p>\n")
    }
}

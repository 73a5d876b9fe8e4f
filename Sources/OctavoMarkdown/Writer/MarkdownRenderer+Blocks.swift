import OctavoCore

extension MarkdownRenderer {
    /// Blocks as lines, separated by blank lines; `tight` (a tight list's item) leaves them out
    /// where Markdown reads the blocks apart without one. Two lists in a row alternate their
    /// bullets (`-`, `*`), else Markdown would read them as one.
    mutating func blockLines(_ blocks: [Block], tight: Bool, indent: Int, depth: Int) -> [String] {
        var out: [String] = []
        var previous: Block?
        var bullet: Character = "-"
        for block in blocks {
            if case .list(let list) = block, list.kind == .bullet {
                if case .list(let before)? = previous, before.kind == .bullet { bullet = bullet == "-" ? "*" : "-" } else { bullet = "-" }
            }
            let lines = self.lines(of: block, indent: indent, depth: depth, bullet: bullet)
            guard !lines.isEmpty else { continue }
            if let previous, !out.isEmpty, !(tight && Self.followsWithoutBlank(previous, block)) { out.append("") }
            out.append(contentsOf: lines)
            previous = block
        }
        return out
    }

    /// Whether `next` may follow `previous` on the next line and still be read as its own block.
    private static func followsWithoutBlank(_ previous: Block, _ next: Block) -> Bool {
        let interrupts: Bool
        switch next {
        case .codeBlock, .heading, .thematicBreak, .blockQuote: interrupts = true
        case let .list(list):
            if case let .ordered(start, _) = list.kind { interrupts = start == 1 } else { interrupts = true }
            if list.items.first?.blocks.isEmpty ?? true { return false }
        default: interrupts = false
        }
        switch previous {
        case .paragraph, .plain: return interrupts
        case .heading, .codeBlock, .thematicBreak:
            if case .table = next { return false }
            if case .raw = next { return false }
            return true
        case .blockQuote, .list:
            // Only a paragraph would continue the quote or the item lazily.
            switch next {
            case .codeBlock, .heading, .thematicBreak: return true
            default: return false
            }
        default: return false
        }
    }

    private mutating func lines(of block: Block, indent: Int, depth: Int, bullet: Character) -> [String] {
        if depth > maxDepth {
            note("depth", "content nested deeper than \(maxDepth) levels is written as plain text")
            return lines(of: .paragraph([.text(PlainBlocks.text(of: [block]))]), indent: indent, depth: 0, bullet: bullet)
        }
        switch block {
        case let .paragraph(content), let .plain(content):
            return paragraphLines(content, indent: indent, depth: depth)
        case let .heading(heading):
            return headingLines(heading, depth: depth)
        case let .blockQuote(children):
            let lines = blockLines(children, tight: false, indent: indent + 2, depth: depth + 1)
            return lines.isEmpty ? [">"] : lines.map { $0.isEmpty ? ">" : "> " + $0 }
        case let .list(list):
            return listLines(list, indent: indent, depth: depth, bullet: bullet)
        case let .codeBlock(code):
            return codeLines(code)
        case .thematicBreak:
            return ["***"]
        case let .table(table):
            return tableLines(table, indent: indent, depth: depth)
        case let .figure(figure):
            var chunks = [blockLines(figure.content, tight: false, indent: indent, depth: depth + 1)]
            if !figure.caption.isEmpty { chunks.append(paragraphLines([.emphasis(figure.caption)], indent: indent, depth: depth)) }
            return Self.join(chunks, tight: false)
        case let .definitionList(items):
            var chunks: [[String]] = []
            for item in items {
                chunks.append(paragraphLines([.strong(item.term)], indent: indent, depth: depth))
                for definition in item.definitions {
                    chunks.append(blockLines(definition, tight: false, indent: indent, depth: depth + 1))
                }
            }
            return Self.join(chunks, tight: false)
        case let .lineBlock(lines):
            var inlines: [Inline] = []
            for (index, line) in lines.enumerated() {
                if index > 0 { inlines.append(.lineBreak) }
                inlines.append(contentsOf: line)
            }
            return paragraphLines(inlines, indent: indent, depth: depth)
        case let .division(attributes, children):
            return divisionLines(attributes, children, indent: indent, depth: depth)
        case let .raw(format, text):
            return rawBlockLines(format: format, text: text)
        }
    }

    /// A paragraph's inlines, laid out in lines (wrapped when a width is set).
    mutating func paragraphLines(_ content: [Inline], indent: Int, depth: Int) -> [String] {
        var text = InlineText()
        render(Self.trimmingTrailingBreaks(content), into: &text, depth: depth)
        let lines = MarkdownLineWrapper.lines(of: text, width: available(at: indent))
        return lines.count == 1 && lines[0].isEmpty ? [] : lines
    }

    /// Breaks at the end of a block mean nothing in Markdown (a final `\` would be text).
    static func trimmingTrailingBreaks(_ content: [Inline]) -> [Inline] {
        var content = content
        while let last = content.last, last == .lineBreak || last == .softBreak { content.removeLast() }
        return content
    }

    /// `#` headings; levels 1 and 2 underlined (setext) when the text has line breaks, which a
    /// `#` heading cannot hold.
    private mutating func headingLines(_ heading: Heading, depth: Int) -> [String] {
        let level = min(max(heading.level, 1), 6)
        let content = Self.trimmingTrailingBreaks(heading.content)
        let multiline = Self.containsBreak(content)
        var text = InlineText()
        if multiline && level <= 2 {
            render(content, into: &text, depth: depth)
            var lines = MarkdownLineWrapper.lines(of: text, width: nil)
            lines.append(level == 1 ? "===" : "---")
            return lines
        }
        text.atLineStart = false
        render(Self.breaksAsSpaces(content), into: &text, depth: depth)
        var line = text.text.trimmingSpaces()
        // A closing run of `#` after a space (or alone) would be read as the heading's end.
        let hashes = line.reversed().prefix { $0 == "#" }.count
        if hashes > 0, hashes == line.count || line.dropLast(hashes).last == " " {
            line.insert("\\", at: line.index(line.endIndex, offsetBy: -hashes))
        }
        let marks = String(repeating: "#", count: level)
        return [line.isEmpty ? marks : marks + " " + line]
    }

    /// Whether a line break (soft or hard) is anywhere in `inlines`.
    static func containsBreak(_ inlines: [Inline]) -> Bool {
        var found = false
        inlines.visit(inline: { if $0 == .softBreak || $0 == .lineBreak { found = true } })
        return found
    }

    /// `inlines` with every line break a space, for a line that cannot hold one.
    static func breaksAsSpaces(_ inlines: [Inline]) -> [Inline] {
        inlines.rewritten(inlines: { $0 == .softBreak || $0 == .lineBreak ? [.text(" ")] : [$0] })
    }

    private mutating func listLines(_ list: ListBlock, indent: Int, depth: Int, bullet: Character) -> [String] {
        var out: [String] = []
        for (index, item) in list.items.enumerated() {
            var marker: String
            switch list.kind {
            case .bullet: marker = String(bullet)
            case let .ordered(start, delimiter):
                let (number, overflow) = max(0, min(start, 999_999_999)).addingReportingOverflow(index)
                marker = "\(overflow ? 999_999_999 : min(number, 999_999_999))\(delimiter == ")" ? ")" : ".")"
            }
            let pad = String(repeating: " ", count: marker.count + 1)
            var body = blockLines(item.blocks, tight: list.isTight, indent: indent + pad.count, depth: depth + 2)
            if let task = item.task {
                let box = task == .done ? "[x]" : "[ ]"
                let checkbox = gfm ? box : "\\" + box
                if body.isEmpty { body = [checkbox] } else { body[0] = checkbox + " " + body[0] }
                if !gfm { note("tasks", "CommonMark has no task lists: their boxes are written as text") }
            }
            if index > 0, !list.isTight { out.append("") }
            guard let first = body.first else {
                out.append(marker)
                continue
            }
            out.append(first.isEmpty ? marker : marker + " " + first)
            out.append(contentsOf: body.dropFirst().map { $0.isEmpty ? "" : pad + $0 })
        }
        return out
    }

    /// A fenced code block with its info string.
    private func codeLines(_ code: CodeBlock) -> [String] {
        let info = MarkdownSyntax.info(code.info ?? code.language ?? "")
        let fence = MarkdownSyntax.codeFence(for: code.text, info: info)
        var body = code.text
        if body.hasSuffix("\n") { body.removeLast() }
        var lines = [fence + info]
        if !code.text.isEmpty { lines.append(contentsOf: body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) }
        lines.append(fence)
        return lines
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return String(s)
    }
}

extension MarkdownRenderer {
    /// Raw markup as `--raw-html` says (see ``RawHTMLFilter``); what is dropped is reported once.
    mutating func rawBlockLines(format: String, text: String) -> [String] {
        let lines = RawHTMLFilter.block(format: format, text: text, policy: rawHTML, context: context)
        if lines.isEmpty, !text.trimmingSpaces().isEmpty {
            note("raw-\(format)", "raw \(format) blocks are left out (--raw-html \(rawHTML.rawValue))")
        }
        return lines
    }
}

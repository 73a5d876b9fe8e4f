import OctavoCore

extension TextRenderer {
    /// Writes blocks, each separated from the one before as its container asks.
    mutating func blocks(_ blocks: [Block], depth: Int) {
        for block in blocks { self.block(block, depth: depth) }
    }

    private mutating func block(_ block: Block, depth: Int) {
        if depth > maxDepth {
            output.beginBlock()
            paragraph(FlatText.of([block]))
            return
        }
        switch block {
        case let .paragraph(content), let .plain(content):
            var body = scratch
            scratch = []
            body.removeAll(keepingCapacity: true)
            append(content, to: &body, depth: depth)
            // A paragraph of nothing but spaces (a pasted `&nbsp;`) leaves no empty block behind.
            if Self.hasVisibleText(body) {
                output.beginBlock()
                output.appendParagraph(body, width: available)
            }
            scratch = body
        case let .heading(h):
            var bytes: [UInt8] = []
            append(h.content, to: &bytes, depth: depth)
            heading(level: h.level, bytes: LineWrapper.collapse(bytes))
        case let .blockQuote(children):
            output.beginBlock()
            output.push(first: "> ", rest: "> ", tight: false)
            blocks(children, depth: depth + 1)
            output.pop()
        case let .list(list): self.list(list, depth: depth)
        case let .codeBlock(code):
            output.beginBlock()
            output.appendVerbatim(code.text, indent: 4)
        case .thematicBreak:
            output.beginBlock()
            output.line("* * *")
        case let .table(table): self.table(table, depth: depth)
        case let .figure(figure):
            blocks(figure.content, depth: depth + 1)
            if !figure.caption.isEmpty {
                output.beginBlock(tight: true)
                paragraph(text(of: figure.caption, depth: depth + 1))
            }
        case let .definitionList(items):
            for item in items {
                output.beginBlock()
                paragraph(text(of: item.term, depth: depth + 1))
                for definition in item.definitions {
                    output.push(first: "    ", rest: "    ", tight: false)
                    blocks(definition, depth: depth + 1)
                    output.pop()
                }
            }
        case let .lineBlock(lines):
            output.beginBlock()
            for line in lines {
                paragraph(text(of: line, depth: depth + 1))
            }
        case let .division(attributes, children): division(attributes, children, depth: depth)
        case let .raw(format, text):
            guard Self.isTextFormat(format) else { return }
            output.beginBlock()
            output.appendVerbatim(text, indent: 0)
        }
    }

    /// A paragraph: wrapped, each hard break starting a new line. `lead` starts the first line.
    mutating func paragraph(_ text: String, lead: String = "") {
        output.appendParagraph(lead.isEmpty ? text : lead + text, width: available)
    }

    /// Whether UTF-8 text holds more than spaces, line ends and no-break spaces.
    static func hasVisibleText(_ bytes: [UInt8]) -> Bool {
        for byte in bytes where byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D {
            if byte < 0x80 { return true }
            return LineWrapper.hasWord(bytes)
        }
        return false
    }

    /// Headings: level 1 underlined with `=`, level 2 with `-`, deeper levels with `~`.
    mutating func heading(level: Int, text: String) {
        heading(level: level, bytes: LineWrapper.collapse(Array(text.utf8)))
    }

    /// A heading from collapsed UTF-8 text.
    mutating func heading(level: Int, bytes: [UInt8]) {
        output.beginBlock()
        let widest = output.appendWrapped(bytes, width: available)
        let rule: Character = level <= 1 ? "=" : level == 2 ? "-" : "~"
        output.line(String(repeating: rule, count: max(widest, 3)))
    }

    private mutating func list(_ list: ListBlock, depth: Int) {
        var markers: [String] = []
        markers.reserveCapacity(list.items.count)
        switch list.kind {
        case .bullet:
            markers = Array(repeating: "-", count: list.items.count)
        case let .ordered(start, delimiter):
            // `start` comes from the input (model JSON can say Int.max): never overflow.
            let numbers = list.items.indices.map { offset in
                let (number, overflow) = start.addingReportingOverflow(offset)
                return "\(overflow ? Int.max : number)\(delimiter)"
            }
            let widest = numbers.map(\.count).max() ?? 0
            markers = numbers.map { String(repeating: " ", count: widest - $0.count) + $0 }
        }
        output.beginBlock()
        for (index, item) in list.items.enumerated() {
            var marker = markers[index] + " "
            switch item.task {
            case .open?: marker += "[ ] "
            case .done?: marker += "[x] "
            case nil: break
            }
            if index > 0 { output.beginBlock(tight: list.isTight) }
            output.push(first: marker, rest: String(repeating: " ", count: marker.count), tight: list.isTight)
            blocks(item.blocks, depth: depth + 2)
            output.pop()
        }
    }

    /// A turn starts with its speaker's label; an article shows its byline after its title.
    private mutating func division(_ attributes: Attributes, _ children: [Block], depth: Int) {
        if attributes.hasClass(Conventions.Class.turn), let speaker = attributes[Conventions.Key.speaker] {
            var lead = speaker + ": "
            if keepTimestamps, let time = Conventions.shownTimestamp(of: attributes, children: children) { lead = time + " " + lead }
            var rest = children[...]
            output.beginBlock()
            switch rest.first {
            case let .paragraph(content)?, let .plain(content)?:
                paragraph(text(of: content, depth: depth + 1), lead: lead)
                rest = rest.dropFirst()
            default:
                paragraph(String(lead.dropLast()))
            }
            blocks(Array(rest), depth: depth + 1)
        } else if attributes.hasClass(Conventions.Class.article) {
            var rest = children[...]
            if case .heading? = rest.first {
                blocks([rest.removeFirst()], depth: depth + 1)
            }
            let authors = attributes[Conventions.Key.author].map {
                $0.split(separator: ";").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            } ?? []
            byline(authors, date: attributes[Conventions.Key.date],
                   source: attributes[Conventions.Key.source] ?? attributes[Conventions.Key.siteName])
            blocks(Array(rest), depth: depth + 1)
        } else {
            blocks(children, depth: depth + 1)
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }

}

import OctavoCore

extension MarkdownRenderer {
    /// A speaker turn opens with `**SPEAKER:**` (after `[time]` with `--keep-timestamps`); an
    /// article of a compilation is a `#` section with its byline and source; any other division
    /// is its blocks.
    mutating func divisionLines(_ attributes: Attributes, _ children: [Block], indent: Int, depth: Int) -> [String] {
        if attributes.hasClass(Conventions.Class.article) {
            let keys = Conventions.Key.self
            let authors = (attributes[keys.author] ?? "").components(separatedBy: "; ").filter { !$0.isEmpty }
            return sectionLines(title: nil, blocks: children, authors: authors, date: attributes[keys.date],
                                source: attributes[keys.source], siteName: attributes[keys.siteName],
                                indent: indent, depth: depth + 1)
        }
        var lead: [Inline] = []
        if keepTimestamps, let time = attributes[Conventions.Key.timestamp], !time.isEmpty,
           !Self.opens(children, with: "[\(time)]") {
            lead.append(.text("[\(time)]"))
        }
        if attributes.hasClass(Conventions.Class.turn), let speaker = attributes[Conventions.Key.speaker], !speaker.isEmpty {
            lead.append(.strong([.text(speaker.hasSuffix(":") ? speaker : speaker + ":")]))
        }
        guard !lead.isEmpty else { return blockLines(children, tight: false, indent: indent, depth: depth + 1) }
        lead = Array(lead.flatMap { [$0, .text(" ")] }.dropLast())
        var rest = children[...]
        var first: [Inline] = lead
        switch rest.first {
        case let .paragraph(content)?, let .plain(content)?:
            first += [.text(" ")] + content
            rest = rest.dropFirst()
        default: break
        }
        return Self.join([paragraphLines(first, indent: indent, depth: depth + 1),
                          blockLines(Array(rest), tight: false, indent: indent, depth: depth + 1)], tight: false)
    }

    /// Whether the first paragraph already starts with `text` (the transcript reader writes the
    /// timestamp into the text itself under `--keep-timestamps`).
    private static func opens(_ blocks: [Block], with text: String) -> Bool {
        switch blocks.first {
        case let .paragraph(content)?, let .plain(content)?:
            if case let .text(first)? = content.first { return first.hasPrefix(text) }
            return false
        default: return false
        }
    }

    /// One document of a compilation: a `#` title, its byline, date and source, then its blocks
    /// (their headings one level down) and its notes.
    mutating func articleSection(_ document: Document) -> [String] {
        let metadata = document.metadata
        var lines = sectionLines(title: metadata.title, blocks: document.blocks, authors: metadata.authors,
                                 date: metadata.date, source: metadata.source, siteName: metadata.siteName,
                                 indent: 0, depth: 0, shiftHeadings: true)
        let notesAndLinks = documentLines([])
        if !notesAndLinks.isEmpty { lines = Self.join([lines, notesAndLinks], tight: false) }
        return lines
    }

    /// A section: the title as a `#` heading (the blocks' own first heading when they open with
    /// one), then `By …`, the date and a link to the source, one per line.
    private mutating func sectionLines(title: String?, blocks: [Block], authors: [String], date: String?, source: String?,
                                       siteName: String?, indent: Int, depth: Int, shiftHeadings: Bool = false) -> [String] {
        var body = shiftHeadings ? blocks.map(Self.shiftingHeadings) : blocks
        var heading: Heading?
        if case let .heading(first)? = body.first,
           title == nil || Inline.plainText(of: first.content) == title {
            heading = Heading(level: 1, content: first.content, attributes: first.attributes)
            body.removeFirst()
        } else if let title, !title.isEmpty {
            heading = Heading(level: 1, content: [.text(title)])
        }
        var byline: [Inline] = []
        func line(_ inlines: [Inline]) {
            if !byline.isEmpty { byline.append(.lineBreak) }
            byline += inlines
        }
        if !authors.isEmpty { line([.text("By " + Self.list(authors))]) }
        if let date, !date.isEmpty { line([.text(date)]) }
        if let source, !source.isEmpty {
            if source.hasPrefix("http://") || source.hasPrefix("https://") {
                line([.link(Link(destination: source, content: [.text(siteName ?? source)]))])
            } else {
                line([.text(source)])
            }
        }
        var chunks: [[String]] = []
        if let heading { chunks.append(blockLines([.heading(heading)], tight: false, indent: indent, depth: depth)) }
        if !byline.isEmpty { chunks.append(paragraphLines([.emphasis(byline)], indent: indent, depth: depth)) }
        chunks.append(blockLines(body, tight: false, indent: indent, depth: depth))
        return Self.join(chunks, tight: false)
    }

    /// `A`, `A and B`, `A, B and C`.
    private static func list(_ names: [String]) -> String {
        names.count <= 2 ? names.joined(separator: " and ")
            : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// A top-level block with its headings one level down (at most 6), below a section's `#` title.
    private static func shiftingHeadings(_ block: Block) -> Block {
        guard case var .heading(heading) = block else { return block }
        heading.level = min(heading.level + 1, 6)
        return .heading(heading)
    }
}

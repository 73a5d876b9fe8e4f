import OctavoCore

extension HTMLRenderer {
    /// A reference: `<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>`
    /// (cmark-gfm's form), or an EPUB `noteref` link.
    mutating func renderFootnoteReference(_ note: Footnote) {
        let reference = footnotes.reference(note)
        switch options.footnoteStyle {
        case .section:
            out.raw("<sup class=\"footnote-ref\"><a")
            out.attribute("href", "#" + reference.noteID)
            out.attribute("id", reference.referenceID)
            booleanAttribute("data-footnote-ref")
        case .epub:
            out.raw("<sup class=\"footnote-ref\"><a epub:type=\"noteref\" role=\"doc-noteref\"")
            out.attribute("href", "#" + reference.noteID)
            out.attribute("id", reference.referenceID)
        }
        out.raw(">\(reference.number)</a></sup>")
    }

    /// Writes every note referenced so far that is not yet written (notes referenced from inside
    /// notes included), then forgets them.
    mutating func renderFootnotes(depth: Int) {
        guard footnotes.writtenCount < footnotes.notes.count else { return }
        if options.footnoteStyle == .section {
            out.newline()
            out.raw("<section class=\"footnotes\"")
            booleanAttribute("data-footnotes")
            out.raw(">\n<ol>\n")
        }
        while footnotes.writtenCount < footnotes.notes.count {
            let note = footnotes.notes[footnotes.writtenCount]
            footnotes.writtenCount += 1
            renderNote(note, depth: depth)
        }
        if options.footnoteStyle == .section {
            out.raw("</ol>\n</section>\n")
        }
    }

    private mutating func renderNote(_ note: FootnoteCollector.Note, depth: Int) {
        out.newline()
        switch options.footnoteStyle {
        case .section:
            out.raw("<li")
            out.attribute("id", footnotes.noteID(note))
            out.raw(">\n")
        case .epub:
            out.raw("<aside epub:type=\"footnote\" role=\"doc-footnote\" class=\"footnote\"")
            out.attribute("id", footnotes.noteID(note))
            out.raw(">\n")
        }
        var blocks = note.blocks
        if case let .paragraph(inlines)? = blocks.last {
            blocks.removeLast()
            renderBlocks(blocks, depth: depth + 3)
            out.newline()
            out.raw("<p>")
            renderInlineContainer(inlines, depth: depth + 4)
            renderBackReferences(note)
            out.raw("</p>\n")
        } else {
            renderBlocks(blocks, depth: depth + 3)
            out.newline()
            renderBackReferences(note)
            out.newline()
        }
        out.raw(options.footnoteStyle == .section ? "</li>\n" : "</aside>\n")
    }

    /// One back link per reference: `↩`, then `↩²`, `↩³`… for the later ones.
    private mutating func renderBackReferences(_ note: FootnoteCollector.Note) {
        for occurrence in 1...max(1, note.referenceCount) {
            let index = occurrence == 1 ? "\(note.number)" : "\(note.number)-\(occurrence)"
            out.raw(occurrence == 1 && !out.endsWithNewline ? " <a" : (occurrence == 1 ? "<a" : " <a"))
            out.attribute("href", "#" + footnotes.referenceID(note, occurrence: occurrence))
            switch options.footnoteStyle {
            case .section:
                out.raw(" class=\"footnote-backref\"")
                booleanAttribute("data-footnote-backref")
                out.attribute("data-footnote-backref-idx", index)
            case .epub:
                out.raw(" class=\"footnote-backref\" role=\"doc-backlink\"")
            }
            out.attribute("aria-label", "Back to reference \(index)")
            out.raw(">↩")
            if occurrence > 1 { out.raw("<sup class=\"footnote-ref\">\(occurrence)</sup>") }
            out.raw("</a>")
        }
    }
}

/// Reads a long Markdown text in parts of about `partSize` bytes, cut where ``MarkdownCuts``
/// and ``ReferenceSpans`` allow, so that cmark-gfm's tree for one part is released before the
/// next is parsed: the C tree of a whole 20 MB text takes about 15 times its size.
enum MarkdownParts {
    /// Parses `text` into `builder`, in parts when it is at least twice `partSize`; returns how many.
    @discardableResult
    static func parse(_ text: UnsafeRawBufferPointer, gfm: Bool, partSize: Int, into builder: inout MarkdownTreeBuilder) -> Int {
        guard partSize > 0, text.count >= 2 * partSize else {
            CmarkParser.parse(text, gfm: gfm, into: &builder)
            return 1
        }
        let cuts = allowed(MarkdownCuts.all(in: text), outside: ReferenceSpans.of(text))
        var start = MarkdownCuts.Cut(offset: 0, linesBefore: 0)
        var next = 0, size = partSize, parts = 1
        while true {
            while next < cuts.count, cuts[next].offset < start.offset + size { next += 1 }
            guard next < cuts.count else { break }
            let cut = cuts[next]
            let part = UnsafeRawBufferPointer(rebasing: text[start.offset..<cut.offset])
            if CmarkParser.parse(part, gfm: gfm, linesBefore: start.linesBefore, endsAtCut: true, into: &builder) {
                start = cut
                size = partSize
                parts += 1
            } else {
                // A block ran on past the cut: try again to a later one, twice as far each time,
                // so that text refused again and again is parsed a bounded number of times.
                size = 2 * (cut.offset - start.offset)
            }
        }
        CmarkParser.parse(UnsafeRawBufferPointer(rebasing: text[start.offset...]), gfm: gfm,
                          linesBefore: start.linesBefore, into: &builder)
        return parts
    }

    /// The cuts that no span holds on both sides (`span.lowerBound < cut ≤ span.upperBound`).
    static func allowed(_ cuts: [MarkdownCuts.Cut], outside spans: [ClosedRange<Int>]) -> [MarkdownCuts.Cut] {
        var kept: [MarkdownCuts.Cut] = []
        kept.reserveCapacity(cuts.count)
        var span = 0
        for cut in cuts {
            while span < spans.count, spans[span].upperBound < cut.offset { span += 1 }
            if span < spans.count, spans[span].lowerBound < cut.offset { continue }
            kept.append(cut)
        }
        return kept
    }
}

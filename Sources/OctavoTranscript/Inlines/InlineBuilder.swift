import OctavoCore

/// Turns a paragraph's text into inlines: stage directions become classed spans, free-standing
/// time codes (`[00:12:31]`) leave the text for the paragraph's attribute, and footnote marks
/// become footnotes holding their note.
struct InlineBuilder {
    let keepTimestamps: Bool

    struct Result {
        var inlines: [Inline]
        /// The first free-standing time code taken out of the text.
        var timestamp: String?
    }

    func build(_ text: String, notes: [(mark: String, text: String)] = []) -> Result {
        var cuts: [(range: Range<String.Index>, inline: Inline?)] = []
        var timestamp: String?
        for found in StageDirections.find(in: text, keepTimestamps: keepTimestamps) {
            cuts.append((found.range, StageDirections.inline(found)))
        }
        if ByteScan.contains(text, 0x3A) {
            // Both lists are in text order, so one forward pointer finds overlaps (linear time).
            let directions = cuts.map(\.range)
            var d = 0
            for range in freeTimeCodes(in: text) {
                while d < directions.count, directions[d].upperBound <= range.lowerBound { d += 1 }
                if d < directions.count, directions[d].overlaps(range) { continue }
                let inner = text[range].dropFirst().dropLast()
                timestamp = timestamp ?? String(inner)
                if !keepTimestamps { cuts.append((range, nil)) }
            }
        }
        for note in notes {
            guard let r = FootnoteMarks.reference(note.mark, in: text), !cuts.contains(where: { $0.range.overlaps(r) }) else { continue }
            cuts.append((r, .footnote(Footnote(label: note.mark, blocks: [.paragraph([.text(note.text)])]))))
        }
        guard !cuts.isEmpty else { return Result(inlines: text.isEmpty ? [] : [.text(text)]) }
        cuts.sort { $0.range.lowerBound < $1.range.lowerBound }
        var inlines: [Inline] = []
        var position = text.startIndex
        var pending = ""
        for cut in cuts {
            pending += text[position..<cut.range.lowerBound]
            if let inline = cut.inline {
                if !pending.isEmpty { inlines.append(.text(pending)); pending = "" }
                inlines.append(inline)
            } else if pending.hasSuffix(" "), cut.range.upperBound < text.endIndex, text[cut.range.upperBound] == " " {
                pending.removeLast()
            }
            position = cut.range.upperBound
        }
        pending += text[position...]
        if inlines.isEmpty { pending = pending.trimming(" ") }
        if !pending.isEmpty { inlines.append(.text(pending)) }
        return Result(inlines: inlines, timestamp: timestamp)
    }

    /// `[00:12:31]` or `(01:02)` standing alone in running text.
    private func freeTimeCodes(in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        let u = text.utf8
        var i = u.startIndex
        while i != u.endIndex {
            let b = u[i]
            if b == 0x5B || b == 0x28, let (time, _) = Timestamps.leading(text[i...]) {
                let end = u.index(i, offsetBy: time.utf8.count + 2)
                out.append(i..<end)
                i = end
                continue
            }
            i = u.index(after: i)
        }
        return out
    }
}

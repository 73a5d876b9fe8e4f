/// Rule `line-blocks`: lines whose breaks matter (an address, a list of names, lyrics) stay
/// lines. In text that is hard-wrapped, a block of three or more lines all well short of the
/// wrap column is a line block; in text with one line per paragraph, a block of several lines
/// that do not end sentences is one.
enum LineBlocks {
    static let rule = "line-blocks"

    struct Layout {
        /// The wrap column (90th percentile of lines that continue onto the next), if text is wrapped.
        var wrapColumn: Int?

        init(lines: [SourceLine]) {
            var lengths: [Int] = []
            var total = 0
            var previous: Int? // the length of the line before, if it was not blank
            for index in lines.indices where !lines[index].removed {
                if lines[index].isBlank { previous = nil; continue }
                total += 1
                if let p = previous { lengths.append(p) }
                previous = lines[index].text.utf8.count
            }
            guard lengths.count >= 8, lengths.count * 5 >= total else { wrapColumn = nil; return }
            wrapColumn = Self.element(atRank: lengths.count * 9 / 10, of: lengths)
        }

        /// The `rank`-th (from 0) of `lengths` in ascending order: counted, not sorted, as line
        /// lengths are small numbers (the few long ones are sorted apart).
        static func element(atRank rank: Int, of lengths: [Int]) -> Int {
            let limit = 1024
            var histogram = [Int](repeating: 0, count: limit)
            var long: [Int] = []
            for length in lengths { if length < limit { histogram[length] += 1 } else { long.append(length) } }
            var seen = 0
            for (length, count) in histogram.enumerated() {
                seen += count
                if seen > rank { return length }
            }
            long.sort()
            return long[rank - seen]
        }

        func lineBlock(_ block: ArraySlice<SourceLine>, knownNames: Set<String>) -> Para? {
            guard block.count >= 2, block.count <= 40 else { return nil }
            // Cheap tests on lengths first; the structural ones only for blocks that pass them.
            if let wrap = wrapColumn {
                guard block.count >= 3 else { return nil }
                let limit = wrap * 6 / 10
                for line in block.dropLast() where line.text.utf8.count >= limit { return nil }
            } else {
                for line in block where line.content.utf8.count > 160 { return nil }
            }
            var sentenceEnds = 0
            for line in block {
                let content = line.content
                if SpeakerLabels.match(content, knownNames: knownNames) != nil || Lists.marker(content) != nil
                    || Timestamps.leading(content) != nil || Headings.lineHeading(content) != nil { return nil }
                if let last = content.last, ".?!".contains(last) { sentenceEnds += 1 }
            }
            if wrapColumn == nil, sentenceEnds == block.count { return nil }
            let texts = block.map { line in
                var s = ""
                HardWrapJoining.appendCollapsingBlanks(line.content, to: &s)
                return s
            }
            var para = Para(kind: .lineBlock, text: texts.joined(separator: "\n"), line: block.first!.number)
            para.lines = texts
            para.lineCount = block.count
            return para
        }
    }
}

import OctavoCore

/// Cuts cleaned lines into paragraphs.
///
/// Blocks are runs of lines between blank lines (single blank lines do not count in
/// double-spaced text; a gap left by page furniture is closed when the sentence runs on). Inside
/// a block a new paragraph starts at a speaker label, a time-code line, a list marker, a heading
/// line or an indented first line (see ``Indentation``); the lines of each paragraph are joined by
/// ``HardWrapJoining``. Short-line blocks become line blocks (see ``LineBlocks``).
struct Segmenter: Sendable {
    let lines: [SourceLine]
    let log: RuleLog
    let knownNames: Set<String>
    let joiner: HardWrapJoining
    let doubleSpaced: Bool
    let layout: LineBlocks.Layout
    /// How many threads segment the blocks (one: in order, on the caller's thread).
    let threads: Int

    /// Inputs with fewer lines are segmented on one thread: more would cost more than they save.
    static let linesForThreads = 20_000

    /// `threads` defaults to one per core for inputs of ``linesForThreads`` lines or more.
    init(lines: [SourceLine], log: RuleLog, threads: Int? = nil) {
        self.lines = lines
        self.log = log
        self.threads = ParallelWork.width(forced: threads, count: lines.count, threshold: Self.linesForThreads)
        // The document-wide analyses: the two costly ones count in runs of lines on every thread.
        knownNames = SpeakerLabels.repeatedNames(in: lines, width: self.threads)
        doubleSpaced = DoubleSpacing.isDoubleSpaced(lines)
        joiner = HardWrapJoining(lines: lines, width: self.threads)
        layout = LineBlocks.Layout(lines: lines)
        if doubleSpaced, let first = lines.first(where: { !$0.isBlank }) {
            log.report(DoubleSpacing.rule, "text is double-spaced: single blank lines read as line breaks", line: first.number)
        }
    }

    /// The paragraphs of the input, in order. Blocks are segmented independently, so with
    /// several ``threads`` runs of blocks (``ParallelWork/runsPerThread`` per thread, of about
    /// the same number of lines) are segmented apart, each with its own log; the results and
    /// diagnostics are joined in input order, the same as on one thread.
    func paragraphs() -> [Para] {
        let blocks = blocks()
        let cuts = Self.cuts(blocks, parts: threads > 1 ? threads * ParallelWork.runsPerThread : 1)
        guard cuts.count > 2 else { return paragraphs(of: blocks[...], log: log).paras }
        var results = ParallelWork.map(cuts.count - 1, width: threads) { [self] k in
            let log = self.log.part()
            return (paragraphs(of: blocks[cuts[k]..<cuts[k + 1]], log: log), log)
        }
        var parts: [[Para]] = []
        parts.reserveCapacity(results.count)
        for k in results.indices {
            // A block of time codes alone gives its time to the paragraph before it, which an
            // earlier part holds.
            if let time = results[k].0.orphanTime, let j = parts.lastIndex(where: { !$0.isEmpty }),
               parts[j][parts[j].count - 1].timestamp == nil {
                parts[j][parts[j].count - 1].timestamp = time
            }
            parts.append([])
            swap(&parts[parts.count - 1], &results[k].0.paras) // moved, so each part stays unshared
            log.absorb(results[k].1)
        }
        return ParallelWork.joined(&parts)
    }

    /// Where to cut `blocks` into `parts` runs of about the same number of lines.
    static func cuts(_ blocks: [ArraySlice<SourceLine>], parts: Int) -> [Int] {
        guard parts > 1, blocks.count >= parts else { return [0, blocks.count] }
        let total = blocks.reduce(0) { $0 + $1.count }
        var cuts = [0], seen = 0
        for (index, block) in blocks.enumerated() {
            if seen * parts >= total * cuts.count, index > cuts.last! { cuts.append(index) }
            seen += block.count
        }
        cuts.append(blocks.count)
        return cuts
    }

    private struct Part: Sendable {
        var paras: [Para] = []
        /// A time code left over by a first block that made no paragraph.
        var orphanTime: String?
    }

    private func paragraphs(of blocks: ArraySlice<[SourceLine].SubSequence>, log: RuleLog) -> Part {
        var part = Part()
        for block in blocks {
            if let time = split(block, into: &part.paras, log: log), part.paras.isEmpty, part.orphanTime == nil {
                part.orphanTime = time
            }
        }
        return part
    }

    /// Runs of content lines that belong together. Found in runs of lines on every thread,
    /// each starting from what the lines before it left (see ``blockStarts(in:)``).
    func blocks() -> [ArraySlice<SourceLine>] {
        var runs = ParallelWork.runs(lines.count, width: threads) { [self] range in blockStarts(in: range) }
        var contents: [[SourceLine]] = []
        var starts: [Int] = []
        var offset = 0
        for k in runs.indices {
            starts += runs[k].starts.map { $0 + offset }
            offset += runs[k].content.count
            contents.append([])
            swap(&contents[contents.count - 1], &runs[k].content)
        }
        let content = ParallelWork.joined(&contents)
        starts.append(content.count)
        var result: [ArraySlice<SourceLine>] = []
        for k in 0..<(starts.count - 1) where starts[k] < starts[k + 1] { result.append(content[starts[k]..<starts[k + 1]]) }
        return result
    }

    /// The content lines of `lines[range]` and where blocks start among them.
    private func blockStarts(in range: Range<Int>) -> (content: [SourceLine], starts: [Int]) {
        // What the lines before the run left: the last content line, and the gap after it.
        var blanks = 0, furniture = false, pageBreak = false
        var previous: Int?
        var k = range.lowerBound - 1
        while k >= 0, previous == nil {
            if lines[k].removed { furniture = furniture || lines[k].furniture }
            else if lines[k].isBlank { blanks += 1; pageBreak = pageBreak || lines[k].startsPage }
            else { previous = k }
            k -= 1
        }
        var content: [SourceLine] = []
        var starts: [Int] = []
        content.reserveCapacity(range.count)
        // By index: copying each line would retain and release its text.
        for index in range {
            if lines[index].removed { if lines[index].furniture { furniture = true }; continue }
            if lines[index].isBlank { blanks += 1; if lines[index].startsPage { pageBreak = true }; continue }
            var newBlock = true
            if let p = previous {
                if furniture || pageBreak || lines[index].startsPage {
                    newBlock = !Self.runsOn(from: lines[p].text, to: lines[index].content)
                } else {
                    newBlock = (doubleSpaced ? blanks - 1 : blanks) > 0
                        && !Self.continuesSentence(from: lines[p].text, to: lines[index].content)
                }
            }
            if newBlock { starts.append(content.count) }
            content.append(lines[index])
            previous = index
            blanks = 0; furniture = false; pageBreak = false
        }
        return (content, starts)
    }

    /// Whether a blank line fell inside a sentence: the line before ends without punctuation
    /// and the next starts in lower case (a stray blank line in wrapped text).
    static func continuesSentence(from previous: String, to next: Substring) -> Bool {
        guard let first = next.unicodeScalars.first, first.properties.isLowercase, let last = previous.last else { return false }
        return last.isLetter || last.isNumber || last == ","
    }

    /// Whether text continues across a page break: no sentence end before it, or a lower-case start after.
    static func runsOn(from previous: String, to next: Substring) -> Bool {
        if let first = next.unicodeScalars.first, first.properties.isLowercase { return true }
        guard let last = previous.last else { return false }
        return !".?!:;\"”’)]".contains(last)
    }

    // MARK: - Inside a block

    private struct Open {
        var lines: [Substring] = []
        var para: Para
        var itemIndent: Int? = nil
    }

    /// Appends the paragraphs of `block` to `out`. Returns a time code that found no paragraph
    /// of its own when `out` was empty, for the caller to give to the paragraph before.
    private func split(_ block: ArraySlice<SourceLine>, into out: inout [Para], log: RuleLog) -> String? {
        let modal = Indentation.modal(block)
        if let para = layout.lineBlock(block, knownNames: knownNames) {
            out.append(para)
            return nil
        }
        var open: Open?
        var pendingTime: String?
        var index = block.startIndex
        func close(last: Bool) {
            guard var o = open else { return }
            if o.lines.isEmpty, o.para.speaker == nil { open = nil; return }
            o.para.text = joiner.join(o.lines[...], log: log, firstLine: o.para.line)
            o.para.lineCount = max(1, o.lines.count)
            o.para.closesBlock = last
            out.append(o.para)
            open = nil
        }
        func start(_ line: SourceLine, kind: Para.Kind = .text) -> Open {
            var para = Para(kind: kind, text: "", line: line.number)
            para.opensBlock = line.number == block.first?.number
            para.timestamp = pendingTime
            pendingTime = nil
            return Open(para: para)
        }
        while index != block.endIndex {
            let line = block[index]
            var content = line.content
            let previous = index == block.startIndex ? nil : block[block.index(before: index)]
            index = block.index(after: index)

            if let time = Timestamps.lineOnly(content) {
                close(last: false)
                pendingTime = time
                log.count(Timestamps.rule, "moved time codes into attributes", line: line.number)
                continue
            }
            var leadTime: String?
            if let (time, rest) = Timestamps.leading(content) {
                leadTime = time
                if !context.keepTimestamps { content = rest }
            }
            if let match = SpeakerLabels.match(leadTime == nil ? content : Timestamps.leading(content)?.rest ?? content, knownNames: knownNames) {
                close(last: false)
                var o = start(line)
                o.para.speaker = match.speaker
                o.para.timestamp = match.timestamp ?? leadTime ?? o.para.timestamp
                if context.keepTimestamps, let t = leadTime, o.para.timestamp == t { o.lines.append("[\(t)] " + match.rest) }
                else if !match.rest.isEmpty { o.lines.append(match.rest) }
                open = o
                continue
            }
            if let heading = Headings.lineHeading(content) {
                close(last: false)
                var o = start(line, kind: heading.kind)
                o.lines.append(heading.text)
                open = o
                close(last: false)
                continue
            }
            if let marker = Lists.marker(content) {
                close(last: false)
                var o = start(line, kind: marker.kind)
                o.itemIndent = line.indent
                o.para.timestamp = o.para.timestamp ?? leadTime
                o.lines.append(marker.rest)
                open = o
                continue
            }
            // `open` is changed in place: a copy of it would share its line array, and every
            // append would then copy the whole paragraph (quadratic on long paragraphs).
            if open != nil {
                if let itemIndent = open!.itemIndent {
                    if line.indent > itemIndent { open!.lines.append(content); continue }
                    if line.indent < itemIndent, open!.lines.count == 1 {
                        // A numbered paragraph with a hanging layout, not a list item.
                        open!.para.kind = .text
                        open!.itemIndent = nil
                        if let previous { open!.lines[0] = previous.content }
                        open!.lines.append(content)
                        continue
                    }
                } else if !Indentation.startsParagraph(line, previous: previous, firstOfParagraph: open!.lines.count == 1 && open!.para.line == previous?.number, modal: modal) {
                    open!.lines.append(content)
                    if open!.para.timestamp == nil { open!.para.timestamp = leadTime }
                    continue
                }
            }
            close(last: false)
            var o = start(line)
            o.para.timestamp = o.para.timestamp ?? leadTime
            o.lines.append(content)
            open = o
        }
        close(last: true)
        guard let time = pendingTime else { return nil }
        if let lastIndex = out.indices.last {
            if out[lastIndex].timestamp == nil { out[lastIndex].timestamp = time }
            return nil
        }
        return time
    }

    var context: (keepTimestamps: Bool, keepBoilerplate: Bool) {
        (log.context.options.keepTimestamps, log.context.options.keepBoilerplate)
    }
}

import OctavoCore

/// Cuts cleaned lines into paragraphs.
///
/// Blocks are runs of lines between blank lines (single blank lines do not count in
/// double-spaced text; a gap left by page furniture is closed when the sentence runs on). Inside
/// a block a new paragraph starts at a speaker label, a time-code line, a list marker, a heading
/// line or an indented first line (see ``Indentation``); the lines of each paragraph are joined by
/// ``HardWrapJoining``. Short-line blocks become line blocks (see ``LineBlocks``).
struct Segmenter {
    let lines: [SourceLine]
    let log: RuleLog
    let knownNames: Set<String>
    let joiner: HardWrapJoining
    let doubleSpaced: Bool
    let layout: LineBlocks.Layout

    init(lines: [SourceLine], log: RuleLog) {
        self.lines = lines
        self.log = log
        // The document-wide analyses.
        knownNames = SpeakerLabels.repeatedNames(in: lines)
        doubleSpaced = DoubleSpacing.isDoubleSpaced(lines)
        joiner = HardWrapJoining(lines: lines)
        layout = LineBlocks.Layout(lines: lines)
        if doubleSpaced, let first = lines.first(where: { !$0.isBlank }) {
            log.report(DoubleSpacing.rule, "text is double-spaced: single blank lines read as line breaks", line: first.number)
        }
    }

    /// The paragraphs of the input, in order.
    func paragraphs() -> [Para] {
        var paras: [Para] = []
        for block in blocks() { _ = split(block, into: &paras, log: log) }
        return paras
    }

    /// Runs of content lines that belong together.
    func blocks() -> [ArraySlice<SourceLine>] {
        let (content, starts) = blockStarts()
        let ends = starts.dropFirst() + [content.count]
        return zip(starts, ends).filter { $0 < $1 }.map { content[$0..<$1] }
    }

    /// The content lines and where blocks start among them.
    private func blockStarts() -> (content: [SourceLine], starts: [Int]) {
        var blanks = 0, furniture = false, pageBreak = false
        var previous: Int?
        var content: [SourceLine] = []
        var starts: [Int] = []
        content.reserveCapacity(lines.count)
        // By index: copying each line would retain and release its text.
        for index in lines.indices {
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

import OctavoCore

/// Runs the paragraph-level rules over segmented paragraphs, in order: footnote notes,
/// boilerplate, bylines, headings, quotations.
struct ParagraphClassifier {
    let log: RuleLog
    var keepBoilerplate: Bool { log.context.options.keepBoilerplate }

    /// Notes found by ``FootnoteMarks``: paragraph index → (mark, note text) to attach there.
    var notes: [Int: [(mark: String, text: String)]] = [:]
    /// Whether article divisions are made (the paste holds bylines).
    var articleMode = false
    /// Threads for the boilerplate check; nil: one per core from ``OutlineBuilder/parasPerPart`` paragraphs on.
    var threads: Int?

    mutating func classify(_ paras: inout [Para]) {
        attachFootnotes(&paras)
        for (index, reason) in remnants(paras) {
            let para = paras[index]
            if keepBoilerplate {
                log.report(LinkRemnants.rule, "kept \(reason) \(RuleLog.excerpt(para.text)) (--keep-boilerplate)", line: para.line)
            } else {
                paras[index].kind = .remnant
                log.report(LinkRemnants.rule, "removed \(reason) \(RuleLog.excerpt(para.text))", line: para.line)
            }
        }
        for index in paras.indices where paras[index].kind == .text && paras[index].speaker == nil && paras[index].lineCount == 1 {
            if Bylines.parse(paras[index].text) != nil { paras[index].kind = .byline; articleMode = true }
        }
        markHeadings(&paras)
        var previous: Int? // by index: a copy of each paragraph would retain and release its strings
        for index in paras.indices where paras[index].kind != .remnant {
            let introduced = previous.map { Quotations.introduces(paras[$0]) } ?? false
            if Quotations.isQuotation(paras[index], introduced: introduced) {
                paras[index].isQuotation = true
                if !(previous.map { paras[$0].isQuotation } ?? false) {
                    log.count(Quotations.rule, "made block quotes of quoted passages", line: paras[index].line)
                }
            }
            previous = index
        }
    }

    /// The paragraphs ``LinkRemnants`` takes for boilerplate, with why, in order. Each
    /// paragraph is judged on its own, so large inputs are judged in parallel runs.
    private func remnants(_ paras: [Para]) -> [(index: Int, reason: String)] {
        let width = ParallelWork.width(forced: threads, count: paras.count, threshold: OutlineBuilder.parasPerPart)
        let runs = ParallelWork.runs(paras.count, width: width) { range in
            range.compactMap { index -> (index: Int, reason: String)? in
                let para = paras[index]
                guard para.speaker == nil, para.kind == .text || para.kind == .lineBlock,
                      let reason = LinkRemnants.reason(para) else { return nil }
                return (index, reason)
            }
        }
        return Array(runs.joined())
    }

    private mutating func attachFootnotes(_ paras: inout [Para]) {
        for index in paras.indices where paras[index].kind == .text && paras[index].speaker == nil {
            guard let (mark, body) = FootnoteMarks.noteMark(paras[index].text) else { continue }
            var found: Int?
            var k = index - 1
            while k >= max(0, index - 60) {
                if paras[k].kind != .remnant, FootnoteMarks.reference(mark, in: paras[k].text) != nil { found = k; break }
                k -= 1
            }
            guard let target = found else { continue }
            notes[target, default: []].append((mark, String(body)))
            paras[index].kind = .remnant
            log.report(FootnoteMarks.rule, "attached note \(mark) (line \(paras[index].line)) to its mark at line \(paras[target].line)",
                       line: paras[index].line)
        }
    }

    private mutating func markHeadings(_ paras: inout [Para]) {
        var inTurn = false
        var seenText = false
        var firstLevelOne = true
        for index in paras.indices {
            let para = paras[index]
            if para.kind == .remnant { continue }
            if para.speaker != nil { inTurn = true; seenText = true; continue }
            if case .heading = para.kind { inTurn = false; continue }
            guard para.kind == .text, para.lineCount == 1, para.opensBlock, para.closesBlock, !para.text.isEmpty else {
                seenText = seenText || para.kind == .text
                continue
            }
            guard let next = paras[(index + 1)...].first(where: { $0.kind != .remnant }) else { continue }
            let beforeByline = next.kind == .byline
            let titleLike = Headings.isTitleLike(para.text) || (beforeByline && Headings.isTitleLike(String(para.text.split(separator: " ").prefix(15).joined(separator: " "))))
            guard titleLike else { seenText = true; continue }
            let nextIsBody = next.kind == .text || next.kind == .byline || next.kind == .lineBlock || next.kind == .bulletItem
                || (next.kind != .thematicBreak && next.kind != .heading(level: 1) && next.kind != .heading(level: 2))
            guard nextIsBody, !(inTurn && next.speaker == nil) else { seenText = true; continue }
            if case .heading = next.kind { seenText = true; continue }
            let level: Int
            if beforeByline || (!seenText && firstLevelOne) || (articleMode && Headings.isTitleCase(para.text)) { level = 1 } else { level = 2 }
            if level == 1 { firstLevelOne = false }
            paras[index].kind = .heading(level: level)
            log.count(Headings.rule, "made headings of title-like lines", line: para.line)
            seenText = true
        }
    }
}

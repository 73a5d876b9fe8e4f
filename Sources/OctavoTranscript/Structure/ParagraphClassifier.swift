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
            if Quotations.isQuotation(paras[index], introduced: previous.map { Quotations.introduces(paras[$0]) } ?? false) {
                paras[index].isQuotation = true
                if !(previous.map { paras[$0].isQuotation } ?? false) {
                    log.count(Quotations.rule, "made block quotes of quoted passages", line: paras[index].line)
                }
            }
            previous = index
        }
    }

    /// The paragraphs ``LinkRemnants`` takes for boilerplate, with why, in order.
    private func remnants(_ paras: [Para]) -> [(index: Int, reason: String)] {
        paras.indices.compactMap { index -> (index: Int, reason: String)? in
            let para = paras[index]
            guard para.speaker == nil, para.kind == .text || para.kind == .lineBlock,
                  let reason = LinkRemnants.reason(para) else { return nil }
            return (index, reason)
        }
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

    /// Title-like single lines become headings. Paragraphs are read in place, by index: a copy
    /// of each would retain and release its strings.
    private mutating func markHeadings(_ paras: inout [Para]) {
        var inTurn = false
        var seenText = false
        var firstLevelOne = true
        for index in paras.indices {
            if paras[index].kind == .remnant { continue }
            if paras[index].speaker != nil { inTurn = true; seenText = true; continue }
            if case .heading = paras[index].kind { inTurn = false; continue }
            guard paras[index].kind == .text, paras[index].lineCount == 1, paras[index].opensBlock, paras[index].closesBlock,
                  !paras[index].text.isEmpty else {
                seenText = seenText || paras[index].kind == .text
                continue
            }
            guard let next = paras[(index + 1)...].firstIndex(where: { $0.kind != .remnant }) else { continue }
            let text = paras[index].text
            let beforeByline = paras[next].kind == .byline
            let titleLike = Headings.isTitleLike(text) || (beforeByline && Headings.isTitleLike(String(text.split(separator: " ").prefix(15).joined(separator: " "))))
            guard titleLike else { seenText = true; continue }
            let nextKind = paras[next].kind
            let nextIsBody = nextKind == .text || nextKind == .byline || nextKind == .lineBlock || nextKind == .bulletItem
                || (nextKind != .thematicBreak && nextKind != .heading(level: 1) && nextKind != .heading(level: 2))
            guard nextIsBody, !(inTurn && paras[next].speaker == nil) else { seenText = true; continue }
            if case .heading = nextKind { seenText = true; continue }
            let level: Int
            if beforeByline || (!seenText && firstLevelOne) || (articleMode && Headings.isTitleCase(text)) { level = 1 } else { level = 2 }
            if level == 1 { firstLevelOne = false }
            paras[index].kind = .heading(level: level)
            log.count(Headings.rule, "made headings of title-like lines", line: paras[index].line)
            seenText = true
        }
    }
}

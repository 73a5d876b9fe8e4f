import OctavoCore

/// Rule `page-footnotes`: text taken from a PDF keeps each page's footnotes where the page
/// printed them: below a rule line (`——————`), in the middle of a paragraph that runs on to the
/// next page. The notes leave the text flow (so the paragraph closes over the gap) and become
/// footnotes at their mark (`…the Code’s.1 Minne-`, `…a substantive rule.2 And…`); a note whose
/// mark cannot be found stays as a paragraph of its own after the paragraph it interrupted.
enum PageFootnotes {
    static let rule = "page-footnotes"

    /// One note of a page: its mark (`1`, `*`), its lines and where it was.
    struct Note {
        var mark: String
        var lines: [Substring] = []
        var line: Int
        var lastLine: Int
        /// The last line of body text before the note's rule line.
        var anchorLine: Int
    }

    /// A rule line: five or more dashes or underscores and nothing else.
    static func isSeparator(_ s: Substring) -> Bool {
        guard let lead = s.utf8.first, lead == 0xE2 || lead == 0x5F else { return false } // the first byte of `—`, `─`, `–`; `_`
        return s.utf8.count >= 5 && s.count >= 5 && s.allSatisfy { $0 == "—" || $0 == "_" || $0 == "─" || $0 == "–" }
    }

    /// `  1 The Eleventh Circuit…` → (`1`, text): an indented note number (or `*`) and the note.
    static func noteStart(_ line: SourceLine) -> (mark: Substring, text: Substring)? {
        guard line.indent != Int.max, line.indent >= 1, line.indent <= 6 else { return nil }
        let content = line.content
        let mark = content.prefix(while: { $0.isASCIIDigit || $0 == "*" })
        guard !mark.isEmpty, mark.count <= 3, mark.allSatisfy(\.isASCIIDigit) || mark.allSatisfy({ $0 == "*" }) else { return nil }
        let rest = content[mark.endIndex...]
        guard rest.first == " " else { return nil }
        let text = rest.drop(while: { $0 == " " })
        return text.isEmpty ? nil : (mark, text)
    }

    /// Takes the footnote areas out of `lines` (reported) and returns their notes, in order.
    static func extract(_ lines: inout [SourceLine], log: RuleLog) -> [Note] {
        var notes: [Note] = []
        var lastBody: Int?
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            if lines[index].removed || lines[index].isBlank { continue }
            guard let anchor = lastBody, isSeparator(lines[index].content), index + 1 < lines.count,
                  !lines[index + 1].isBlank, noteStart(lines[index + 1]) != nil || !notes.isEmpty else { lastBody = index; continue }
            var area: [Note] = []
            var k = index + 1
            while k < lines.count, !lines[k].removed, !lines[k].isBlank, !(k > index + 1 && lines[k].startsPage) {
                if let start = noteStart(lines[k]) {
                    area.append(Note(mark: String(start.mark), lines: [start.text], line: lines[k].number,
                                     lastLine: lines[k].number, anchorLine: lines[anchor].number))
                } else if area.isEmpty { // a note running on from the page before
                    notes[notes.count - 1].lines.append(lines[k].content)
                } else {
                    area[area.count - 1].lines.append(lines[k].content)
                    area[area.count - 1].lastLine = lines[k].number
                }
                k += 1
            }
            if area.isEmpty || area[0].line != lines[index + 1].number, let note = notes.last {
                let last = area.first.map { $0.line - 1 } ?? lines[k - 1].number
                log.report(rule, "attached lines \(lines[index + 1].number)–\(last) to note \(note.mark), which runs on from the page before",
                           line: lines[index + 1].number)
            }
            for r in index..<k { lines[r].removed = true; lines[r].furniture = true }
            log.report(rule, "removed footnote rule line", line: lines[index].number)
            notes.append(contentsOf: area)
            index = k - 1
        }
        return notes
    }

    /// Attaches each note to the paragraph holding its mark (at or before the paragraph the
    /// page's text ended in); a note without a mark is inserted after that paragraph. Returns
    /// paragraph index → notes, for ``InlineBuilder``.
    static func attach(_ notes: [Note], to paras: inout [Para], joiner: HardWrapJoining, log: RuleLog) -> [Int: [(mark: String, text: String)]] {
        guard !notes.isEmpty else { return [:] }
        var attached: [Int: [(mark: String, text: String)]] = [:]
        var inserts: [Int: [Para]] = [:]
        var p = 0
        for note in notes {
            while p + 1 < paras.count, paras[p + 1].line <= note.anchorLine { p += 1 }
            let text = joiner.join(note.lines[...], log: log, firstLine: note.line)
            let target = stride(from: p, through: max(0, p - 8), by: -1).first { FootnoteMarks.reference(note.mark, in: paras[$0].text) != nil }
            if let target {
                attached[target, default: []].append((note.mark, text))
                log.report(rule, "attached note \(note.mark) (lines \(note.line)–\(note.lastLine)) to its mark at line \(paras[target].line)", line: note.line)
            } else {
                var para = Para(text: note.mark + " " + text, line: note.line)
                para.lineCount = note.lines.count
                inserts[p, default: []].append(para)
                log.report(rule, "kept note \(note.mark) (lines \(note.line)–\(note.lastLine)) as a paragraph: no mark found", line: note.line)
            }
        }
        guard !inserts.isEmpty else { return attached }
        // Rebuild with the unattached notes in place, renumbering the attachments.
        var rebuilt: [Para] = []
        var renumbered: [Int: [(mark: String, text: String)]] = [:]
        rebuilt.reserveCapacity(paras.count + inserts.count)
        for index in paras.indices {
            if let a = attached[index] { renumbered[rebuilt.count] = a }
            rebuilt.append(paras[index])
            rebuilt.append(contentsOf: inserts[index] ?? [])
        }
        paras = rebuilt
        return renumbered
    }
}

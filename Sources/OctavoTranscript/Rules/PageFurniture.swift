import OctavoCore

/// Rule `page-furniture`: what printing put around the text of PDF, court and record pastes.
///
/// - Margin line numbers (`  12   text`), when most lines of the document carry them: the number
///   is blanked, the text keeps its column.
/// - Page-number lines: `12`, `- 12 -`, `Page 12`, `Page 12 of 40`, `[[Page H6910]]`.
/// - Running heads and feet: short lines that open or close at least three pages and repeat with
///   only their numbers changed (`2   BYRD v. UNITED STATES`, `Cite as: 584 U. S. ____ (2018)  3`).
///
/// Removed lines are reported (a summary with the first line numbers); the gap they leave is a
/// page break that ``Segmenter`` closes when the sentence runs on across it.
enum PageFurniture {
    static let rule = "page-furniture"

    /// Removes the furniture.
    static func apply(to lines: inout [SourceLine], log: RuleLog) {
        stripMarginNumbers(&lines, log: log)
        let pageNumbers = lines.indices.filter { isPageNumberLine(lines, $0) }
        for index in pageNumbers {
            lines[index].removed = true
            lines[index].furniture = true
        }
        summarise(pageNumbers.map { lines[$0].number }, what: "page-number line", log: log)
        removeRunningHeads(&lines, log: log)
    }

    /// Whether line `index` is a page number or page marker on a line of its own.
    private static func isPageNumberLine(_ lines: [SourceLine], _ index: Int) -> Bool {
        guard !lines[index].removed, !lines[index].isBlank else { return false }
        let content = lines[index].content
        guard let lead = content.utf8.first, (lead >= 0x30 && lead <= 0x39) || lead == 0x5B || lead == 0x2D || lead == 0x50 else { return false }
        if content.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), lines[index].indent < 20 {
            // A bare number at the margin is a page number only on a line of its own.
            let blankBefore = index == 0 || lines[index - 1].isBlank
            let blankAfter = index + 1 == lines.count || lines[index + 1].isBlank
            guard blankBefore && blankAfter else { return false }
        }
        return isPageNumber(content, indent: lines[index].indent)
    }

    /// Whether `s` is a page number or page marker on a line of its own.
    static func isPageNumber(_ s: Substring, indent: Int) -> Bool {
        var t = s
        if t.hasPrefix("[[Page "), t.hasSuffix("]]") { return true }
        if t.hasPrefix("- "), t.hasSuffix(" -") { t = t.dropFirst(2).dropLast(2) }
        if t.hasPrefix("Page ") || t.hasPrefix("PAGE ") {
            let parts = t.split(separator: " ")
            if parts.count == 2, parts[1].allSatisfy(\.isASCIIDigit) { return true }
            if parts.count == 4, parts[1].allSatisfy(\.isASCIIDigit), parts[2].lowercased() == "of", parts[3].allSatisfy(\.isASCIIDigit) { return true }
            return false
        }
        return !t.isEmpty && t.utf8.count <= 5 && t.allSatisfy(\.isASCIIDigit)
    }

    /// Blanks margin line numbers when at least 40% of the non-blank lines start with one.
    static func stripMarginNumbers(_ lines: inout [SourceLine], log: RuleLog) {
        var numbered = 0, nonBlank = 0
        var columns: [Int: Int] = [:]
        for index in lines.indices where !lines[index].isBlank && !lines[index].removed {
            nonBlank += 1
            if let n = marginNumberLength(lines[index].text) { numbered += 1; columns[n, default: 0] += 1 }
        }
        guard nonBlank >= 20, numbered * 10 >= nonBlank * 4,
              let column = columns.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key else { return }
        var first: Int?
        var count = 0
        for index in lines.indices where !lines[index].removed {
            // Margin numbers end in one column; a number elsewhere is text (`was` / `16` / `years old`).
            guard let n = marginNumberLength(lines[index].text), n == column else { continue }
            let text = lines[index].text
            let cut = text.utf8.index(text.utf8.startIndex, offsetBy: n)
            lines[index].setText(String(repeating: " ", count: n) + text[cut...])
            first = first ?? lines[index].number
            count += 1
        }
        if let first { log.report(rule, "removed margin line numbers on \(count) lines", line: first) }
    }

    /// Bytes of `   12` at the start when followed by two blanks or the end of the line.
    private static func marginNumberLength(_ text: String) -> Int? {
        let u = text.utf8
        var i = u.startIndex
        var n = 0
        while i != u.endIndex, u[i] == 0x20 { i = u.index(after: i); n += 1 }
        var digits = 0
        while i != u.endIndex, u[i] >= 0x30, u[i] <= 0x39 { i = u.index(after: i); n += 1; digits += 1 }
        guard digits >= 1, digits <= 2 else { return nil }
        if i == u.endIndex { return n }
        let next = u.index(after: i)
        guard u[i] == 0x20 || u[i] == 0x09, next == u.endIndex || u[next] == 0x20 || u[next] == 0x09 else { return nil }
        return n
    }

    /// Lines at the edge of pages that repeat (digits aside) on three pages or more.
    static func removeRunningHeads(_ lines: inout [SourceLine], log: RuleLog) {
        var candidates: [Int] = []
        var blanks = 0, sinceBreak = 0, previousContent: Int?
        var atPageStart = true
        for index in lines.indices {
            if lines[index].isBlank && !lines[index].removed { blanks += 1; continue }
            if lines[index].removed {
                if lines[index].furniture { atPageStart = true; sinceBreak = 0 }
                continue
            }
            if blanks >= 2 || lines[index].startsPage { atPageStart = true; sinceBreak = 0; if let p = previousContent { candidates.append(p) } }
            if atPageStart { candidates.append(index); sinceBreak += 1; if sinceBreak >= 2 { atPageStart = false } }
            blanks = 0
            previousContent = index
        }
        var seen = Set<Int>()
        let unique = candidates.filter { seen.insert($0).inserted }
        let found = unique.compactMap { index -> (index: Int, key: String)? in
            let content = lines[index].content
            guard content.utf8.count <= 90, let last = content.last, !".?!".contains(last),
                  SpeakerLabels.match(content) == nil else { return nil }
            let key = normalised(content)
            return key.count >= 3 ? (index, key) : nil
        }
        var counts: [String: Int] = [:]
        var keys: [Int: String] = [:]
        for (index, key) in found {
            keys[index] = key
            counts[key, default: 0] += 1
        }
        var removed: [Int] = []
        for (index, key) in keys.sorted(by: { $0.key < $1.key }) where counts[key, default: 0] >= 3 {
            lines[index].removed = true
            lines[index].furniture = true
            removed.append(lines[index].number)
        }
        summarise(removed, what: "running head", log: log)
    }

    /// The line without digits and with single spaces: pages' heads differ only in numbers.
    private static func normalised(_ s: Substring) -> String {
        if let ascii = s.utf8.withContiguousStorageIfAvailable(normalisedASCII), let ascii { return ascii }
        var out = String.UnicodeScalarView()
        var space = false
        for c in s.unicodeScalars {
            if c.properties.numericType != nil { continue }
            if c == " " || c == "\t" { space = true; continue }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            out.append(c)
        }
        return String(out)
    }

    /// ``normalised(_:)`` in one pass over ASCII bytes (ASCII digits are the only ASCII numerics);
    /// `nil` when the text is not all ASCII.
    private static func normalisedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte >= 0x30 && byte <= 0x39 { continue }
            if byte == 0x20 || byte == 0x09 { space = true; continue }
            if space, !out.isEmpty { out.append(0x20) }
            space = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reports every removed line (nothing is lost silently), then nothing more.
    private static func summarise(_ numbers: [Int], what: String, log: RuleLog) {
        for number in numbers { log.report(rule, "removed \(what)", line: number) }
    }
}

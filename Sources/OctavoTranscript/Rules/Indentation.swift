/// Rule `indentation`: in text whose paragraphs are marked by an indented first line (court
/// records, slip opinions, the Congressional Record), a line indented two or more columns past
/// the block's usual indentation starts a paragraph. A shorter, less indented line of at most
/// three words that follows an unfinished line is an overflow of that line (`by`, `including`
/// in re-wrapped court transcripts) and joins it.
enum Indentation {
    static let rule = "indentation"

    /// The most common indentation of the block's lines (the smallest on a tie).
    static func modal(_ block: ArraySlice<SourceLine>) -> Int {
        guard block.count > 2 else { return block.map(\.indent).min() ?? 0 }
        var counts: [Int: Int] = [:]
        for line in block { counts[line.indent, default: 0] += 1 }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? 0
    }

    /// Whether `line` opens a paragraph. `firstOfParagraph` says `previous` opened the current one.
    static func startsParagraph(_ line: SourceLine, previous: SourceLine?, firstOfParagraph: Bool, modal: Int) -> Bool {
        guard let previous else { return true }
        if let first = line.content.unicodeScalars.first, first.properties.isLowercase { return false }
        if previous.text.hasSuffix("-") { return false }
        let previousEnds = previous.text.last.map { ".?!)”\"".contains($0) } ?? false
        if line.indent >= previous.indent + 2 { return true }
        if line.indent == previous.indent { return line.indent >= modal + 2 && previousEnds && !firstOfParagraph }
        if line.indent < previous.indent {
            if firstOfParagraph { return false } // the first line was indented, the rest is not
            let words = line.content.split(separator: " ").count
            return !(words <= 3 && !previousEnds)
        }
        return false
    }
}

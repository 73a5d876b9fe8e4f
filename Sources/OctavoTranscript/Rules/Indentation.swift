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
        let content = line.content
        if let lead = content.utf8.first, lead < 0x80 {
            if lead >= 0x61 && lead <= 0x7A { return false } // ASCII: only a–z are lower case
        } else if let first = content.unicodeScalars.first, first.properties.isLowercase {
            return false
        }
        if previous.text.utf8.last == 0x2D, previous.text.hasSuffix("-") { return false }
        // Read the previous line's last character only where the answer depends on it.
        func previousEnds() -> Bool { previous.text.last.map { ".?!)”\"".contains($0) } ?? false }
        if isDisplay(previous, modal: modal) || isDisplay(line, modal: modal) { return true }
        // After a centred line (`No. 17–6075. Decided January 8, 2018`) an indented line opens a paragraph.
        if previous.indent >= modal + 8, line.indent >= modal + 2, line.indent < previous.indent { return true }
        if line.indent >= previous.indent + 2 { return true }
        if line.indent == previous.indent { return line.indent >= modal + 2 && previousEnds() && !firstOfParagraph }
        if line.indent < previous.indent {
            if firstOfParagraph { return false } // the first line was indented, the rest is not
            let words = content.split(separator: " ").count
            return !(words <= 3 && !previousEnds())
        }
        return false
    }

    /// A display line stands alone: indented and in capitals (`PER CURIAM.`, `SUPREME COURT OF
    /// THE UNITED STATES`, `KEITH THARPE v. ERIC SELLERS`), as slip opinions set their captions.
    static func isDisplay(_ line: SourceLine, modal: Int) -> Bool {
        guard line.indent != Int.max, line.indent >= modal + 2 else { return false }
        var letters = 0, words = 1
        var previous: UInt8 = 0
        for b in line.content.utf8 {
            // Lower case ends it at once, except the `v` of `BECKETT v. HALVERSON`.
            if b >= 0x61 && b <= 0x7A, !(b == 0x76 && previous == 0x20) { return false }
            if previous == 0x76, b != 0x2E { return false }
            previous = b
            if b >= 0x41 && b <= 0x5A { letters += 1 } else if b == 0x20 { words += 1 }
        }
        return letters >= 6 && words >= 2
    }
}

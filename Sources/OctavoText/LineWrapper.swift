/// Greedy word wrapping by display width. Lines break at white space and between wide (CJK)
/// characters; other words are never broken. Runs of white space become one space.
enum LineWrapper {
    /// `text` as lines at most `width` columns wide (one line if `width` is nil).
    static func wrap(_ text: String, width: Int?) -> [Substring] {
        guard let width else { return [Substring(collapse(text))] }
        var lines: [Substring] = []
        var current = ""
        var currentWidth = 0
        for rawWord in text.split(whereSeparator: isSpace) {
            let word = trimmingEdgeSpaces(rawWord)
            if word.isEmpty { continue }
            var spaced = true
            forEachPiece(of: word) { piece, pieceWidth in
                let gap = spaced && !current.isEmpty ? 1 : 0
                if !current.isEmpty && currentWidth + gap + pieceWidth > width {
                    lines.append(Substring(current))
                    current = String(piece)
                    currentWidth = pieceWidth
                } else {
                    if gap == 1 { current += " " }
                    current += piece
                    currentWidth += gap + pieceWidth
                }
                spaced = false
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(Substring(current)) }
        return lines
    }

    /// The unbreakable pieces of a word: the whole word, unless it holds wide characters, which
    /// may each start a line.
    private static func forEachPiece(of word: Substring, _ body: (Substring, Int) -> Void) {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            body(word, word.utf8.count)
            return
        }
        var start = word.startIndex
        var startWidth = 0
        var index = word.startIndex
        while index < word.endIndex {
            let character = word[index]
            let next = word.index(after: index)
            let columns = DisplayWidth.of(scalars: character.unicodeScalars)
            if columns == 2 && character.unicodeScalars.first.map({ DisplayWidth.of($0) == 2 }) == true {
                if start < index { body(word[start..<index], startWidth) }
                body(word[index..<next], columns)
                start = next
                startWidth = 0
            } else {
                startWidth += columns
            }
            index = next
        }
        if start < word.endIndex { body(word[start...], startWidth) }
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n" || character == "\r"
    }

    /// `text` with every run of white space as one space, trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: isSpace).map(trimmingEdgeSpaces).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A word without the no-break spaces at its edges: pasted web text types `&nbsp; ` between
    /// sentences, where the no-break space only pads a real one. Inside a word it still binds.
    private static func trimmingEdgeSpaces(_ word: Substring) -> Substring {
        guard word.utf8.first ?? 0 >= 0x80 || word.utf8.last ?? 0 >= 0x80 else { return word }
        var trimmed = word
        while let first = trimmed.first, isPadding(first) { trimmed.removeFirst() }
        while let last = trimmed.last, isPadding(last) { trimmed.removeLast() }
        return trimmed
    }

    private static func isPadding(_ character: Character) -> Bool {
        character == "\u{00A0}" || character == "\u{202F}" || character == "\u{3000}" || character == "\u{2007}"
    }
}

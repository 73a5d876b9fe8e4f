/// Greedy word wrapping by display width. Lines break at white space and between wide (CJK)
/// characters; other words are never broken. Runs of white space become one space; a `\n`
/// is a hard break. Works on UTF-8 bytes: separators are ASCII, so every cut is a character boundary.
enum LineWrapper {
    /// `text` as lines at most `width` columns wide (one line per hard break if `width` is nil).
    static func wrap(_ text: String, width: Int?) -> [Substring] {
        var lines: [Substring] = []
        forEachLine(of: text, width: width) { lines.append(Substring($0)) }
        return lines
    }

    /// Calls `body` with each wrapped line of `text`, in order.
    static func forEachLine(of text: String, width: Int?, _ body: (String) -> Void) {
        let limit = width ?? Int.max
        var current = ""
        var currentWidth = 0
        let utf8 = text.utf8
        var index = utf8.startIndex
        var wordStart: String.Index? = nil

        func place(_ piece: Substring, width pieceWidth: Int, spaced: Bool) {
            let gap = spaced && !current.isEmpty ? 1 : 0
            if !current.isEmpty && currentWidth + gap + pieceWidth > limit {
                body(current)
                current = String(piece)
                currentWidth = pieceWidth
            } else {
                if gap == 1 { current.append(" ") }
                current.append(contentsOf: piece)
                currentWidth += gap + pieceWidth
            }
        }

        func finishWord(at end: String.Index) {
            guard let start = wordStart else { return }
            wordStart = nil
            let word = trimmingEdgeSpaces(text[start..<end])
            if word.isEmpty { return }
            var spaced = true
            forEachPiece(of: word) { piece, pieceWidth in
                place(piece, width: pieceWidth, spaced: spaced)
                spaced = false
            }
        }

        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                finishWord(at: index)
            } else if byte == 0x0A {
                finishWord(at: index)
                body(current)
                current = ""
                currentWidth = 0
            } else if wordStart == nil {
                wordStart = index
            }
            index = utf8.index(after: index)
        }
        finishWord(at: utf8.endIndex)
        body(current)
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

    /// `text` with every run of white space as one space, trimmed (hard breaks included).
    static func collapse(_ text: String) -> String {
        var out = ""
        forEachLine(of: text.contains("\n") ? String(text.map { $0 == "\n" ? " " : $0 }) : text, width: nil) { out += $0 }
        return out
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

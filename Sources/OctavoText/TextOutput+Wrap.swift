extension TextOutput {
    /// Writes `text` (UTF-8) as wrapped lines at most `width` columns wide after the prefixes
    /// (`nil`: no limit). Lines break at spaces and tabs and between wide characters; words are
    /// never broken; runs of white space become one space; `\n` is a hard break. Returns the
    /// width of the widest line.
    @discardableResult
    mutating func appendWrapped(_ text: UnsafeBufferPointer<UInt8>, width: Int?) -> Int {
        let limit = width ?? Int.max
        var lineWidth = 0
        var lineHasWord = false
        var lineOpen = false
        var widest = 0

        func finishLine() {
            if !lineOpen { startLine() }
            endLine()
            widest = max(widest, lineWidth)
            lineWidth = 0
            lineHasWord = false
            lineOpen = false
        }

        func place(_ piece: UnsafeBufferPointer<UInt8>, width pieceWidth: Int, spaced: Bool) {
            let gap = spaced && lineHasWord ? 1 : 0
            if lineHasWord && lineWidth + gap + pieceWidth > limit {
                finishLine()
            }
            if !lineOpen {
                startLine()
                lineOpen = true
            }
            if spaced && lineHasWord {
                append(0x20)
                lineWidth += 1
            }
            append(piece)
            lineWidth += pieceWidth
            lineHasWord = true
        }

        func word(_ start: Int, _ end: Int, ascii: Bool) {
            if ascii {
                place(UnsafeBufferPointer(rebasing: text[start..<end]), width: end - start, spaced: true)
                return
            }
            var (from, to) = (start, end)
            LineWrapper.trimPadding(text, &from, &to)
            guard from < to else { return }
            var spaced = true
            LineWrapper.forEachPiece(of: UnsafeBufferPointer(rebasing: text[from..<to])) { piece, pieceWidth in
                place(piece, width: pieceWidth, spaced: spaced)
                spaced = false
            }
        }

        var wordStart = -1
        var wordIsASCII = true
        for index in 0..<text.count {
            let byte = text[index]
            switch byte {
            case 0x20, 0x09, 0x0D:
                if wordStart >= 0 { word(wordStart, index, ascii: wordIsASCII) }
                wordStart = -1
            case 0x0A:
                if wordStart >= 0 { word(wordStart, index, ascii: wordIsASCII) }
                wordStart = -1
                finishLine()
            default:
                if wordStart < 0 {
                    wordStart = index
                    wordIsASCII = true
                }
                if byte >= 0x80 { wordIsASCII = false }
            }
        }
        if wordStart >= 0 { word(wordStart, text.count, ascii: wordIsASCII) }
        finishLine()
        return widest
    }

    /// ``appendWrapped(_:width:)`` for a string.
    @discardableResult
    mutating func appendWrapped(_ text: String, width: Int?) -> Int {
        var copy = text
        return copy.withUTF8 { appendWrapped($0, width: width) }
    }

    /// ``appendWrapped(_:width:)`` for bytes.
    @discardableResult
    mutating func appendWrapped(_ text: [UInt8], width: Int?) -> Int {
        text.withUnsafeBufferPointer { appendWrapped($0, width: width) }
    }

    /// Writes `text` line by line as it is, each non-empty line indented by `indent` spaces
    /// (code). A final line end does not make an extra empty line.
    mutating func appendVerbatim(_ text: String, indent: Int) {
        var copy = text
        copy.withUTF8 { bytes in
            var start = 0
            var end = bytes.count
            if end > 0 && bytes[end - 1] == 0x0A { end -= 1 }
            guard end > 0 || !bytes.isEmpty else { return }
            while start <= end {
                var stop = start
                while stop < end && bytes[stop] != 0x0A { stop += 1 }
                startLine()
                if stop > start {
                    for _ in 0..<indent { append(0x20) }
                    append(UnsafeBufferPointer(rebasing: bytes[start..<stop]))
                }
                endLine()
                start = stop + 1
            }
        }
    }
}

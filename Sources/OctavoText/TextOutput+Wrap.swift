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

        // Words of the open line that sit in `text` one space apart are copied as one run.
        var runFrom = -1
        var runTo = -1

        func flushRun() {
            guard runFrom >= 0 else { return }
            append(UnsafeBufferPointer(rebasing: text[runFrom..<runTo]))
            runFrom = -1
        }

        func finishLine() {
            flushRun()
            if !lineOpen { startLine() }
            endLine()
            widest = max(widest, lineWidth)
            lineWidth = 0
            lineHasWord = false
            lineOpen = false
        }

        func placeASCII(_ start: Int, _ end: Int) {
            let wordWidth = end - start
            if lineHasWord && lineWidth + 1 + wordWidth > limit {
                finishLine()
            }
            if !lineOpen {
                startLine()
                lineOpen = true
            }
            if lineHasWord {
                lineWidth += 1
                if runFrom >= 0 && runTo + 1 == start && text[runTo] == 0x20 {
                    runTo = end
                } else {
                    flushRun()
                    append(0x20)
                    (runFrom, runTo) = (start, end)
                }
            } else {
                flushRun()
                (runFrom, runTo) = (start, end)
            }
            lineWidth += wordWidth
            lineHasWord = true
        }

        func place(_ piece: UnsafeBufferPointer<UInt8>, width pieceWidth: Int, spaced: Bool) {
            flushRun()
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
                placeASCII(start, end)
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

        // One pass: skip blanks, take each word in a tight inner loop, place it.
        let count = text.count
        var index = 0
        while index < count {
            let byte = text[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                index += 1
                continue
            }
            if byte == 0x0A {
                finishLine()
                index += 1
                continue
            }
            let start = index
            var ascii = true
            while index < count {
                let b = text[index]
                if b <= 0x20 && (b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A) { break }
                if b >= 0x80 { ascii = false }
                index += 1
            }
            word(start, index, ascii: ascii)
        }
        finishLine()
        return widest
    }

    /// ``appendWrapped(_:width:)`` without a width limit and without measuring: one pass over
    /// the bytes that writes each `\n`-separated line with its words joined by single spaces
    /// (no-break spaces padding a word's edges dropped), as the wrapping pass would.
    mutating func appendUnwrapped(_ text: UnsafeBufferPointer<UInt8>) {
        var lineOpen = false
        var lineHasWord = false
        var wordStart = -1
        var wordIsASCII = true

        func word(_ start: Int, _ end: Int) {
            var (from, to) = (start, end)
            if !wordIsASCII {
                LineWrapper.trimPadding(text, &from, &to)
                guard from < to else { return }
            }
            if !lineOpen {
                startLine()
                lineOpen = true
            }
            if lineHasWord { append(0x20) }
            append(UnsafeBufferPointer(rebasing: text[from..<to]))
            lineHasWord = true
        }

        for index in 0..<text.count {
            let byte = text[index]
            if byte > 0x20 {
                if wordStart < 0 {
                    wordStart = index
                    wordIsASCII = true
                }
                if byte >= 0x80 { wordIsASCII = false }
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0D:
                if wordStart >= 0 { word(wordStart, index) }
                wordStart = -1
            case 0x0A:
                if wordStart >= 0 { word(wordStart, index) }
                wordStart = -1
                if !lineOpen { startLine() }
                endLine()
                lineOpen = false
                lineHasWord = false
            default:
                if wordStart < 0 {
                    wordStart = index
                    wordIsASCII = true
                }
            }
        }
        if wordStart >= 0 { word(wordStart, text.count) }
        if !lineOpen { startLine() }
        endLine()
    }

    /// Writes a paragraph's text: wrapped at `width`, or in one unmeasured pass when there is no limit.
    mutating func appendParagraph(_ text: [UInt8], width: Int?) {
        text.withUnsafeBufferPointer { buffer in
            if width == nil { appendUnwrapped(buffer) } else { appendWrapped(buffer, width: width) }
        }
    }

    /// ``appendParagraph(_:width:)`` for a string.
    mutating func appendParagraph(_ text: String, width: Int?) {
        var copy = text
        copy.withUTF8 { buffer in
            if width == nil { appendUnwrapped(buffer) } else { appendWrapped(buffer, width: width) }
        }
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

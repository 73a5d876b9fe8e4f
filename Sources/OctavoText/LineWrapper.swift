/// Helpers for wrapping: where a word may break, which spaces only pad, and collapsing white space.
enum LineWrapper {
    /// Calls `body` with the unbreakable pieces of a non-ASCII word and their widths: wide
    /// (CJK) characters may each start a line, other runs stay whole.
    static func forEachPiece(of word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        let text = String(decoding: word, as: UTF8.self)
        var offset = 0
        var runStart = 0
        var runWidth = 0
        for character in text {
            let size = character.utf8.count
            let columns = DisplayWidth.of(scalars: character.unicodeScalars)
            if columns == 2, let first = character.unicodeScalars.first, DisplayWidth.of(first) == 2 {
                if runStart < offset { body(UnsafeBufferPointer(rebasing: word[runStart..<offset]), runWidth) }
                body(UnsafeBufferPointer(rebasing: word[offset..<offset + size]), columns)
                runStart = offset + size
                runWidth = 0
            } else {
                runWidth += columns
            }
            offset += size
        }
        if runStart < word.count { body(UnsafeBufferPointer(rebasing: word[runStart..<word.count]), runWidth) }
    }

    /// Narrows `from..<to` past the no-break spaces at its edges (U+00A0, U+2007, U+202F, U+3000):
    /// pasted web text types `&nbsp; ` between sentences, where the no-break space only pads a
    /// real one. Inside a word it still binds.
    static func trimPadding(_ text: UnsafeBufferPointer<UInt8>, _ from: inout Int, _ to: inout Int) {
        while from < to, let size = paddingSize(text, at: from, limit: to) { from += size }
        while from < to {
            if to - from >= 2, text[to - 2] == 0xC2, text[to - 1] == 0xA0 { to -= 2; continue }
            if to - from >= 3, paddingSize(text, at: to - 3, limit: to) == 3 { to -= 3; continue }
            break
        }
    }

    private static func paddingSize(_ text: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Int? {
        if index + 1 < limit, text[index] == 0xC2, text[index + 1] == 0xA0 { return 2 }
        guard index + 2 < limit else { return nil }
        let (a, b, c) = (text[index], text[index + 1], text[index + 2])
        if a == 0xE2, b == 0x80, c == 0x87 || c == 0xAF { return 3 }
        if a == 0xE3, b == 0x80, c == 0x80 { return 3 }
        return nil
    }

    /// `text` with every run of white space (hard breaks included) as one space, trimmed.
    static func collapse(_ text: String) -> String {
        String(decoding: collapse(Array(text.utf8)), as: UTF8.self)
    }

    /// UTF-8 text with every run of white space (hard breaks included) as one space, trimmed,
    /// and no-break spaces at word edges dropped.
    static func collapse(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { text in
            var start = -1
            func word(_ from: Int, _ to: Int) {
                var (from, to) = (from, to)
                trimPadding(text, &from, &to)
                guard from < to else { return }
                if !out.isEmpty { out.append(0x20) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: text[from..<to]))
            }
            for index in 0..<text.count {
                switch text[index] {
                case 0x20, 0x09, 0x0A, 0x0D:
                    if start >= 0 { word(start, index) }
                    start = -1
                default:
                    if start < 0 { start = index }
                }
            }
            if start >= 0 { word(start, text.count) }
        }
        return out
    }
}

import OctavoCore

/// Splits decoded text into lines: LF, CRLF and lone CR end a line; a form feed ends a line
/// and marks the next one as the start of a page. While scanning it notes which kinds of bytes
/// each line holds (``SourceLine/Flags``), so later rules can skip lines that cannot concern them.
///
/// Large texts are split in pieces that end at a line feed, one per core; the pieces' lines are
/// numbered on, so the result is the same as one scan.
enum LineSplitter {
    /// Texts smaller than this are split in one piece.
    static let bytesPerPiece = 1 << 20

    static func split(_ text: String, pieces: Int? = nil) -> [SourceLine] {
        var text = text
        text.makeContiguousUTF8()
        let wanted = max(1, pieces ?? min(ParallelWork.cores, text.utf8.count / bytesPerPiece))
        let cuts = text.utf8.withContiguousStorageIfAvailable { cutPoints($0, pieces: wanted) } ?? [0, text.utf8.count]
        guard cuts.count > 2 else {
            return text.utf8.withContiguousStorageIfAvailable { split(bytes: $0, from: 0, to: $0.count).lines } ?? []
        }
        let shared = text
        let results = ParallelWork.map(cuts.count - 1, width: cuts.count - 1) { k in
            shared.utf8.withContiguousStorageIfAvailable { split(bytes: $0, from: cuts[k], to: cuts[k + 1]) }!
        }
        var lines: [SourceLine] = []
        lines.reserveCapacity(results.reduce(0) { $0 + $1.lines.count })
        var offset = 0
        for (pieceLines, next) in results {
            let start = lines.count
            lines += pieceLines
            if offset > 0 { for i in start..<lines.count { lines[i].number += offset } }
            offset += next - 1
        }
        return lines
    }

    /// `0`, the offsets just after a line feed near each `count / pieces` byte, and `count`.
    static func cutPoints(_ bytes: UnsafeBufferPointer<UInt8>, pieces: Int) -> [Int] {
        var cuts = [0]
        for k in 1..<max(1, pieces) {
            var i = max(bytes.count * k / pieces, cuts.last!)
            while i < bytes.count, bytes[i] != 0x0A { i += 1 }
            if i + 1 < bytes.count { cuts.append(i + 1) }
        }
        cuts.append(bytes.count)
        return cuts
    }

    /// The lines of `bytes[from..<to]`, numbered from 1, and the number the next line would get.
    private static func split(bytes: UnsafeBufferPointer<UInt8>, from: Int, to count: Int) -> (lines: [SourceLine], next: Int) {
        var lines: [SourceLine] = []
        lines.reserveCapacity((count - from) / 40 + 1)
        var start = from
        var index = from
        var pageNext = false
        var number = 1
        var flags: SourceLine.Flags = []
        func emit(_ end: Int) {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            var line = SourceLine(text: text, number: number, flags: flags)
            line.startsPage = pageNext
            pageNext = false
            lines.append(line)
            number += 1
            flags = []
        }
        while index < count {
            let byte = bytes[index]
            if byte >= 0x80 { flags.insert(.nonASCII); index += 1; continue }
            if byte >= 0x20 {
                if byte == 0x5C { flags.insert(.backslash) } else if byte == 0x3C { flags.insert(.angle) } else if byte == 0x7B { flags.insert(.brace) }
                index += 1
                continue
            }
            if byte == 0x0A || byte == 0x0D || byte == 0x0C {
                emit(index)
                var next = index + 1
                if byte == 0x0D, next < count, bytes[next] == 0x0A { next += 1 }
                if byte == 0x0C {
                    pageNext = true
                    number -= 1 // a form feed is not a line of its own in editors' counting
                }
                index = next
                start = next
            } else {
                if byte != 0x09 { flags.insert(.control) }
                index += 1
            }
        }
        if start < count { emit(count) }
        return (lines, number)
    }
}

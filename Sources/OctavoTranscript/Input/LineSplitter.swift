import OctavoCore

/// Splits the input's UTF-8 bytes into repaired lines: LF, CRLF and lone CR end a line; a form
/// feed ends a line and marks the next one as the start of a page. While scanning it notes which
/// kinds of bytes each line holds (``SourceLine/Flags``), so later rules can skip lines that
/// cannot concern them; each line is decoded (``LineText``) and repaired (``LineRepair``).
///
/// Large inputs are split in pieces that end at a line feed, one per core: the pieces' lines are
/// counted first, then each piece makes its lines in place in the one array, numbered on, with a
/// log of its own absorbed in order, so the result is the same as one scan.
enum LineSplitter {
    /// Inputs smaller than this are split in one piece.
    static let bytesPerPiece = 1 << 20

    struct Split {
        var lines: [SourceLine]
        /// Invalid UTF-8 sequences replaced with U+FFFD.
        var replacedSequences = 0
    }

    /// The lines of `bytes`; `pieces` as in ``TranscriptReader/threads`` (nil: one per core on
    /// large inputs).
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, pieces: Int? = nil, log: RuleLog) -> Split {
        let wanted = max(1, pieces ?? min(ParallelWork.cores, bytes.count / bytesPerPiece))
        let cuts = cutPoints(bytes, pieces: wanted)
        nonisolated(unsafe) let source = bytes
        let counts = ParallelWork.map(cuts.count - 1, width: cuts.count - 1) { k in
            scan(source, from: cuts[k], to: cuts[k + 1]) { _, _, _, _, _ in }
        }
        // Where each piece's lines go in the array, and the number of its first line.
        let firstIndex = counts.reduce(into: [0]) { $0.append($0.last! + $1.lines) }
        let firstNumber = counts.reduce(into: [1]) { $0.append($0.last! + $1.numbers) }
        var replaced = 0
        let lines = [SourceLine](unsafeUninitializedCapacity: firstIndex.last!) { buffer, initialized in
            nonisolated(unsafe) let target = buffer
            let parts = ParallelWork.map(cuts.count - 1, width: cuts.count - 1) { k in
                let partLog = log.part()
                var index = firstIndex[k], replaced = 0
                scan(source, from: cuts[k], to: cuts[k + 1]) { start, end, flags, startsPage, number in
                    precondition(index < firstIndex[k + 1], "line count changed between scans")
                    let (text, repairs) = LineText.decode(UnsafeBufferPointer(rebasing: source[start..<end]),
                                                          ascii: !flags.contains(.nonASCII))
                    var line = SourceLine(text: text, number: firstNumber[k] + number, flags: flags)
                    line.startsPage = startsPage
                    LineRepair.repair(&line, log: partLog)
                    (target.baseAddress! + index).initialize(to: line)
                    replaced += repairs
                    index += 1
                }
                return (replaced, partLog)
            }
            for (count, partLog) in parts {
                replaced += count
                log.absorb(partLog)
            }
            initialized = firstIndex.last!
        }
        return Split(lines: lines, replacedSequences: replaced)
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

    /// Calls `line(start, end, flags, startsPage, number)` for each line of `bytes[from..<to]`,
    /// in order, `number` counting from 0; returns how many lines there were and how many
    /// numbers they took (a form feed ends a line, but the next line keeps its number, as
    /// editors count).
    @discardableResult @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to count: Int,
                             _ line: (Int, Int, SourceLine.Flags, Bool, Int) -> Void) -> (lines: Int, numbers: Int) {
        var start = from, index = from, lines = 0, number = 0
        var pageNext = false
        var flags: SourceLine.Flags = []
        while index < count {
            let byte = bytes[index]
            if byte >= 0x80 { flags.insert(.nonASCII); index += 1; continue }
            if byte >= 0x20 {
                if byte == 0x5C { flags.insert(.backslash) } else if byte == 0x3C { flags.insert(.angle) } else if byte == 0x7B { flags.insert(.brace) }
                index += 1
                continue
            }
            if byte == 0x0A || byte == 0x0D || byte == 0x0C {
                line(start, index, flags, pageNext, number)
                lines += 1
                pageNext = byte == 0x0C
                if !pageNext { number += 1 }
                flags = []
                var next = index + 1
                if byte == 0x0D, next < count, bytes[next] == 0x0A { next += 1 }
                index = next
                start = next
            } else {
                if byte != 0x09 { flags.insert(.control) }
                index += 1
            }
        }
        if start < count {
            line(start, count, flags, pageNext, number)
            lines += 1
            number += 1
        }
        return (lines, number)
    }
}

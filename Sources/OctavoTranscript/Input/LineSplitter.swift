import OctavoCore

/// Splits the input's UTF-8 bytes into repaired lines: LF, CRLF and lone CR end a line; a form
/// feed ends a line and marks the next one as the start of a page. While scanning it notes which
/// kinds of bytes each line holds (``SourceLine/Flags``), so later rules can skip lines that
/// cannot concern them; each line is decoded (``LineText``) and repaired (``LineRepair``).
enum LineSplitter {
    struct Split {
        var lines: [SourceLine]
        /// Invalid UTF-8 sequences replaced with U+FFFD.
        var replacedSequences = 0
    }

    /// The lines of `bytes`.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, log: RuleLog) -> Split {
        var split = Split(lines: [])
        scan(bytes, from: 0, to: bytes.count) { start, end, flags, startsPage, number in
            let (text, repairs) = LineText.decode(UnsafeBufferPointer(rebasing: bytes[start..<end]),
                                                  ascii: !flags.contains(.nonASCII))
            var line = SourceLine(text: text, number: number + 1, flags: flags)
            line.startsPage = startsPage
            LineRepair.repair(&line, log: log)
            split.lines.append(line)
            split.replacedSequences += repairs
        }
        return split
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

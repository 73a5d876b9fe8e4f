/// Splits decoded text into lines: LF, CRLF and lone CR end a line; a form feed ends a line
/// and marks the next one as the start of a page. While scanning it notes which kinds of bytes
/// each line holds (``SourceLine/Flags``), so later rules can skip lines that cannot concern them.
enum LineSplitter {
    static func split(_ text: String) -> [SourceLine] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { split(bytes: $0) } ?? []
    }

    private static func split(bytes: UnsafeBufferPointer<UInt8>) -> [SourceLine] {
        var lines: [SourceLine] = []
        lines.reserveCapacity(bytes.count / 40 + 1)
        var start = 0
        var index = 0
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
        let count = bytes.count
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
        return lines
    }
}

/// Splits decoded text into lines: LF, CRLF and lone CR end a line; a form feed ends a line
/// and marks the next one as the start of a page.
enum LineSplitter {
    static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        lines.reserveCapacity(text.utf8.count / 40 + 1)
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        var pageNext = false
        var number = 1
        func emit(_ end: String.UTF8View.Index) {
            var line = SourceLine(text: String(text[start..<end]), number: number)
            line.startsPage = pageNext
            pageNext = false
            lines.append(line)
            number += 1
        }
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D || byte == 0x0C {
                emit(index)
                var next = utf8.index(after: index)
                if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                if byte == 0x0C {
                    pageNext = true
                    number -= 1 // a form feed is not a line of its own in editors' counting
                }
                index = next
                start = next
            } else {
                index = utf8.index(after: index)
            }
        }
        if start != utf8.endIndex { emit(utf8.endIndex) }
        return lines
    }
}

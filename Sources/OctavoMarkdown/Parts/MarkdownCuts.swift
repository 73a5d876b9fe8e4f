/// Places where a long Markdown text may be cut into parts that cmark-gfm parses one after the
/// other into the same blocks as the whole text, so that only one part's C tree is alive at a time.
///
/// A cut goes at the start of a line that follows a blank line and starts at its first column
/// with none of the characters that begin a list item (`-`, `+`, `*`, a digit). After a blank
/// line such a line ends every open container (a list item needs indentation to go on, a block
/// quote its `>`, and laziness needs a paragraph), and it cannot be taken for a further item of
/// the list before it. What can still run across it is a top-level fenced code block or HTML
/// block, so lines inside a fence as this scan sees fences are left out and ``CmarkParser``
/// checks each part's last block as well; and references, whose labels ``ReferenceSpans`` keeps
/// together with their definitions.
enum MarkdownCuts {
    /// A cut: the byte where a part starts and the lines before it.
    struct Cut: Equatable {
        var offset: Int
        var linesBefore: Int
    }

    /// Every cut in `bytes`, in order.
    static func all(in bytes: UnsafeRawBufferPointer) -> [Cut] {
        var cuts: [Cut] = []
        let count = bytes.count
        var start = 0, line = 0
        var previousBlank = false, previousIndented = false
        var fence: (mark: UInt8, length: Int)?
        while start < count {
            // The line is bytes[start..<end]; `next` is where the following one begins.
            var end = start
            while end < count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            var next = end
            if next < count {
                next += (bytes[next] == 0x0D && next + 1 < count && bytes[next + 1] == 0x0A) ? 2 : 1
            }
            var indent = 0
            while start + indent < end, bytes[start + indent] == 0x20 || bytes[start + indent] == 0x09 { indent += 1 }
            let isBlank = start + indent == end
            if let open = fence {
                if Self.closes(open, bytes, from: start + indent, to: end, indent: indent) { fence = nil }
            } else {
                if previousBlank, !previousIndented, !isBlank, indent == 0, Self.canStartPart(bytes[start]) {
                    cuts.append(Cut(offset: start, linesBefore: line))
                }
                fence = Self.opening(bytes, from: start + indent, to: end, indent: indent)
            }
            if !isBlank { previousIndented = indent >= 4 }
            previousBlank = isBlank
            start = next
            line += 1
        }
        return cuts
    }

    /// Not a list marker, an indent or a byte order mark (cmark skips one only at the start).
    private static func canStartPart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0xEF: false
        default: true
        }
    }

    /// The fence a line opens: three or more backticks (no backtick after them) or tildes.
    private static func opening(_ bytes: UnsafeRawBufferPointer, from first: Int, to end: Int,
                                indent: Int) -> (mark: UInt8, length: Int)? {
        guard indent <= 3, first < end, bytes[first] == UInt8(ascii: "`") || bytes[first] == UInt8(ascii: "~") else { return nil }
        let mark = bytes[first]
        var run = first
        while run < end, bytes[run] == mark { run += 1 }
        guard run - first >= 3 else { return nil }
        if mark == UInt8(ascii: "`"), (run..<end).contains(where: { bytes[$0] == mark }) { return nil }
        return (mark, run - first)
    }

    /// Whether a line closes `fence`: at least as many of its marks and nothing else but spaces.
    private static func closes(_ fence: (mark: UInt8, length: Int), _ bytes: UnsafeRawBufferPointer,
                               from first: Int, to end: Int, indent: Int) -> Bool {
        guard indent <= 3 else { return false }
        var run = first
        while run < end, bytes[run] == fence.mark { run += 1 }
        guard run - first >= fence.length else { return false }
        return (run..<end).allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 }
    }
}

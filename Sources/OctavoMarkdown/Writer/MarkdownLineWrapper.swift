/// Lays a block's inline Markdown out in lines: as written (one line per paragraph, breaks where
/// the model has them), or filled to a width at the break opportunities ``InlineText`` recorded.
///
/// A wrapped line never starts with something Markdown would read as a new block (`#`, `>`, `-`,
/// `1.`, `|`…): the break moves to the next space instead. Break opportunities never fall inside
/// code spans, link destinations or raw markup, so those are never split.
enum MarkdownLineWrapper {
    static func lines(of inline: InlineText, width: Int?) -> [String] {
        var text = inline.text
        while text.utf8.last == 0x20 || text.utf8.last == 0x0A { text.removeLast() }
        guard let width else { return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        let bytes = Array(text.utf8)
        // columns[i]: characters before byte i (continuation bytes do not count).
        var columns = [Int](repeating: 0, count: bytes.count + 1)
        for (i, byte) in bytes.enumerated() { columns[i + 1] = columns[i] + (byte & 0xC0 != 0x80 ? 1 : 0) }
        let safeBreaks = inline.breaks.filter { $0 < bytes.count && bytes[$0] == 0x20 && isSafeLineStart(bytes, from: $0 + 1) }
        var lines: [String] = []
        var lineStart = 0
        var lastBreak: Int?
        var next = 0
        func emit(upTo end: Int) {
            lines.append(String(decoding: bytes[lineStart..<end], as: UTF8.self))
            lineStart = end + 1
            lastBreak = nil
        }
        for (i, byte) in bytes.enumerated() where byte == 0x0A || i == bytes.count - 1 {
            let end = byte == 0x0A ? i : bytes.count
            while next < safeBreaks.count, safeBreaks[next] < end {
                let candidate = safeBreaks[next]
                next += 1
                guard candidate > lineStart else { continue }
                if columns[candidate] - columns[lineStart] > width, let at = lastBreak { emit(upTo: at) }
                lastBreak = candidate
            }
            if columns[end] - columns[lineStart] > width, let at = lastBreak { emit(upTo: at) }
            emit(upTo: end)
        }
        if bytes.isEmpty { lines.append("") }
        return lines
    }

    /// Whether a line may start at `index` without becoming a block marker or a code fence.
    static func isSafeLineStart(_ bytes: [UInt8], from index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let first = bytes[index]
        switch first {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "+"):
            // `**a**` or `-a` is text; `* `, `- ` and `***` or `---` alone are not.
            var end = index
            while end < bytes.count, bytes[end] == first { end += 1 }
            return end < bytes.count && bytes[end] != 0x20 && bytes[end] != 0x09 && bytes[end] != 0x0A
        case UInt8(ascii: "`"):
            return !bytes[index...].starts(with: Array("```".utf8))
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "|"), UInt8(ascii: "~"),
             UInt8(ascii: ":"), UInt8(ascii: "<"), UInt8(ascii: " "), UInt8(ascii: "\t"):
            return false
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var j = index
            while j < bytes.count, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "9") { j += 1 }
            return j == bytes.count || (bytes[j] != UInt8(ascii: ".") && bytes[j] != UInt8(ascii: ")"))
        default:
            return true
        }
    }
}

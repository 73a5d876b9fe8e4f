import Foundation

/// A leading YAML front matter block: `---` on the first line, closed by `---` or `...`.
struct FrontMatter {
    /// The YAML between the fences.
    var yaml: String
    /// Where the Markdown after the closing fence starts, in bytes.
    var bodyOffset: Int
    /// Lines taken by the block, fences included (the Markdown's line 1 is this + 1).
    var lineCount: Int

    /// Finds front matter at the start of `bytes`, if any. Without a closing fence there is none
    /// (the `---` is then Markdown's thematic break); nor is there if the block is empty or
    /// starts with a blank line.
    static func locate(in bytes: UnsafeRawBufferPointer) -> FrontMatter? {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        guard let first = line(in: bytes, from: start), isFence(bytes, first.range, closing: false) else { return nil }
        var lineCount = 1
        var cursor = first.next
        let yamlStart = cursor
        // As in pandoc: a blank line right after the opening fence means it is a thematic break,
        // and so does a closing fence right after it (`---` twice is two breaks in CommonMark).
        guard let second = line(in: bytes, from: cursor), !isBlank(bytes, second.range),
              !isFence(bytes, second.range, closing: true) else { return nil }
        while let current = line(in: bytes, from: cursor) {
            lineCount += 1
            if isFence(bytes, current.range, closing: true) {
                let yaml = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[yamlStart..<current.range.lowerBound]), as: UTF8.self)
                return FrontMatter(yaml: yaml, bodyOffset: current.next, lineCount: lineCount)
            }
            cursor = current.next
        }
        return nil
    }

    /// The line starting at `offset` (without its line ending) and where the next one starts.
    private static func line(in bytes: UnsafeRawBufferPointer, from offset: Int) -> (range: Range<Int>, next: Int)? {
        guard offset < bytes.count else { return nil }
        var end = offset
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let next = end < bytes.count ? end + 1 : end
        let contentEnd = end > offset && bytes[end - 1] == 0x0D ? end - 1 : end
        return (offset..<contentEnd, next)
    }

    private static func isBlank(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        range.allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 }
    }

    /// `---` (or, closing, `...`), with trailing spaces or tabs allowed.
    private static func isFence(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, closing: Bool) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard end - range.lowerBound == 3 else { return false }
        let a = bytes[range.lowerBound], b = bytes[range.lowerBound + 1], c = bytes[range.lowerBound + 2]
        if a == 0x2D, b == 0x2D, c == 0x2D { return true }
        return closing && a == 0x2E && b == 0x2E && c == 0x2E
    }
}

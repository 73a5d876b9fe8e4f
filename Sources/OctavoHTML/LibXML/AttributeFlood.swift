import Foundation

/// Caps the number of attributes of each start tag before libxml2 sees a page.
///
/// libxml2 2.9's HTML parser compares each attribute of a start tag with every earlier one (to
/// drop duplicates), so a tag with n attributes costs n² comparisons: one `<p>` with 50,000
/// attributes, a 500 KB page, takes over 20 seconds. No real page needs more than a few dozen
/// attributes on one element; the ones past ``limit`` are removed here, in one linear scan. The
/// scan reads tags the way libxml2 does (a `<` and a letter open a tag, attributes run to `>`,
/// quoted values may hold anything), so what it removes is what libxml2 would have read as
/// attributes.
package enum AttributeFlood {
    /// Attributes kept per start tag.
    package static let limit = 100

    /// `html` without the attributes past `limit` in each start tag, or `nil` when no tag has
    /// that many (the usual case, which costs one scan and no copy).
    package static func capped(_ html: Data, limit: Int = limit) -> Data? {
        let cuts = html.withUnsafeBytes { raw in excess(raw.bindMemory(to: UInt8.self), limit: limit) }
        guard !cuts.isEmpty else { return nil }
        var kept = Data()
        kept.reserveCapacity(html.count)
        var start = html.startIndex
        for cut in cuts {
            kept.append(html[start..<(html.startIndex + cut.lowerBound)])
            start = html.startIndex + cut.upperBound
        }
        kept.append(html[start...])
        return kept
    }

    /// The byte ranges (offsets) of the attributes past `limit`, one range per flooded tag.
    private static func excess(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [Range<Int>] {
        var cuts: [Range<Int>] = []
        let n = bytes.count
        var i = 0
        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if i + 3 < n, bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "-"), bytes[i + 3] == UInt8(ascii: "-") {
                i = endOfComment(bytes, from: i + 4)
                continue
            }
            i += 1
            guard i < n, isLetter(bytes[i]) else { continue }
            while i < n, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
            var count = 0
            var cutStart: Int?
            while i < n, bytes[i] != UInt8(ascii: ">") {
                if isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1; continue }
                count += 1
                if count == limit + 1 { cutStart = i }
                i = endOfAttribute(bytes, from: i)
            }
            if let cutStart { cuts.append(cutStart..<i) }
        }
        return cuts
    }

    /// The offset after one attribute (`name`, `name=value`, `name="value"`) starting at `start`.
    private static func endOfAttribute(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        var i = start
        while i < n, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">") { i += 1 }
        var j = i
        while j < n, isSpace(bytes[j]) { j += 1 }
        guard j < n, bytes[j] == UInt8(ascii: "=") else { return max(i, start + 1) }
        j += 1
        while j < n, isSpace(bytes[j]) { j += 1 }
        guard j < n else { return j }
        let quote = bytes[j]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            j += 1
            while j < n, bytes[j] != quote { j += 1 }
            return min(j + 1, n)
        }
        while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
        return j
    }

    /// The offset after the `-->` that closes a comment whose text starts at `start`.
    private static func endOfComment(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i + 2 < bytes.count {
            if bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == UInt8(ascii: ">") { return i + 3 }
            i += 1
        }
        return bytes.count
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}

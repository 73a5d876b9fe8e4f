/// The one escaper for text written into HTML and XML (pages, package documents, reports).
///
/// `&`, `<`, `>` and `"` become entities, so the result is safe as element content and as a
/// double-quoted attribute value. Characters XML 1.0 forbids (C0 controls other than tab, line
/// feed and carriage return; U+FFFE and U+FFFF) are replaced as the caller says. The scan runs
/// over UTF-8 bytes and copies unescaped runs in one go, so text costs little more than a copy.
package enum MarkupEscaping {
    /// What a character XML forbids becomes.
    package enum Forbidden: Sendable {
        /// U+FFFD, so the reader sees that something was there (rendered pages).
        case replaced
        /// Nothing (metadata, reports).
        case dropped
    }

    /// `text`, escaped.
    package static func escaped(_ text: String, forbidden: Forbidden = .dropped) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes, forbidden: forbidden)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`, escaped, to `bytes`.
    package static func append(_ text: String, to bytes: inout [UInt8], forbidden: Forbidden = .replaced) {
        let replacement = forbidden == .replaced ? replacementCharacter : []
        var text = text
        text.withUTF8 { source in
            bytes.reserveCapacity(bytes.count + source.count)
            var runStart = 0
            var i = 0
            while i < source.count {
                let byte = source[i]
                let entity: [UInt8]
                var width = 1
                switch byte {
                case UInt8(ascii: "&"): entity = amp
                case UInt8(ascii: "<"): entity = lt
                case UInt8(ascii: ">"): entity = gt
                case UInt8(ascii: "\""): entity = quot
                case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F: entity = replacement
                case 0xEF where i + 2 < source.count && source[i + 1] == 0xBF && (source[i + 2] == 0xBE || source[i + 2] == 0xBF):
                    entity = replacement   // U+FFFE, U+FFFF
                    width = 3
                default:
                    i += 1
                    continue
                }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i])) }
                bytes.append(contentsOf: entity)
                i += width
                runStart = i
            }
            if runStart < source.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...])) }
        }
    }

    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let replacementCharacter = Array("\u{FFFD}".utf8)
}

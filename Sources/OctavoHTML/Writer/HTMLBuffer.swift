/// The output of a rendering: one growing byte buffer with HTML-aware append operations.
///
/// Escaping scans UTF-8 bytes and copies unescaped runs in one go, so text-heavy documents
/// cost little more than a copy. In XHTML mode the text is also kept XML-legal (C0 control
/// characters other than tab, newline and carriage return become U+FFFD).
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []
    let xhtml: Bool

    init(xhtml: Bool, capacity: Int = 0) {
        self.xhtml = xhtml
        bytes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { bytes.isEmpty }
    var count: Int { bytes.count }
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends markup as is.
    mutating func raw(_ markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes as is.
    mutating func raw(bytes more: some Sequence<UInt8>) { bytes.append(contentsOf: more) }

    /// Starts a new line unless the output is empty or already at the start of one (cmark's `cr`).
    mutating func newline() {
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    }

    /// Drops everything from `offset` on (used to re-render a run that needs another treatment).
    mutating func truncate(to offset: Int) { bytes.removeSubrange(offset...) }

    /// The bytes written since `offset`, as a string.
    func text(since offset: Int) -> String { String(decoding: bytes[offset...], as: UTF8.self) }

    /// Appends text content: `&`, `<`, `>` and `"` escaped.
    mutating func text(_ text: String) { escape(text, quotes: true) }

    /// Appends an attribute value (without the quotes around it).
    mutating func attributeValue(_ value: String) { escape(value, quotes: true) }

    /// Appends ` name="value"`.
    mutating func attribute(_ name: String, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        raw(name)
        bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
        escape(value, quotes: true)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends ` name="url"` with the URL percent-encoded where HTML needs it (see ``URLEscaping``).
    mutating func urlAttribute(_ name: String, _ url: String) {
        bytes.append(UInt8(ascii: " "))
        raw(name)
        bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
        URLEscaping.appendEscaped(url, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ text: String, quotes: Bool) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0
            for (i, byte) in source.enumerated() {
                let replacement: [UInt8]
                switch byte {
                case UInt8(ascii: "&"): replacement = Self.amp
                case UInt8(ascii: "<"): replacement = Self.lt
                case UInt8(ascii: ">"): replacement = Self.gt
                case UInt8(ascii: "\"") where quotes: replacement = Self.quot
                case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F: replacement = Self.replacementCharacter
                default: continue
                }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i])) }
                bytes.append(contentsOf: replacement)
                runStart = i + 1
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

extension HTMLBuffer {
    /// Whether the output is empty or ends a line.
    var endsWithNewline: Bool { bytes.last.map { $0 == UInt8(ascii: "\n") } ?? true }
}

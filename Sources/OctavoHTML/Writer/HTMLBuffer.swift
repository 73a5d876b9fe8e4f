import OctavoCore

/// The output of a rendering: one growing byte buffer with HTML-aware append operations.
///
/// Text and attribute values are escaped by ``MarkupEscaping`` (characters XML forbids become U+FFFD).
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
    mutating func text(_ text: String) { escape(text) }

    /// Appends an attribute value (without the quotes around it).
    mutating func attributeValue(_ value: String) { escape(value) }

    /// Appends ` name="value"`.
    mutating func attribute(_ name: String, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        raw(name)
        bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
        escape(value)
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

    private mutating func escape(_ text: String) { MarkupEscaping.append(text, to: &bytes, forbidden: .replaced) }
}

extension HTMLBuffer {
    /// Whether the output is empty or ends a line.
    var endsWithNewline: Bool { bytes.last.map { $0 == UInt8(ascii: "\n") } ?? true }
}

/// The Markdown of one block's inlines as it is built: the text, where a line may break when
/// wrapping, and whether the next character starts a line.
struct InlineText {
    var text = ""
    /// UTF-8 offsets of spaces where a wrapped line may end (single spaces between words of
    /// text; never inside code, a destination or raw markup).
    var breaks: [Int] = []
    /// The next character written starts a line (block markers must then be escaped).
    var atLineStart = true

    mutating func append(_ markup: String) {
        guard !markup.isEmpty else { return }
        text += markup
        atLineStart = false
    }

    /// Appends escaped text, recording its single spaces as break opportunities when `breakable`.
    mutating func appendText(_ escaped: String, breakable: Bool) {
        guard !escaped.isEmpty else { return }
        if breakable {
            var offset = text.utf8.count
            var previous: UInt8 = text.utf8.last ?? 0x20
            let bytes = Array(escaped.utf8)
            for (i, byte) in bytes.enumerated() {
                if byte == 0x20, previous != 0x20, i + 1 == bytes.count || bytes[i + 1] != 0x20 { breaks.append(offset) }
                previous = byte
                offset += 1
            }
        }
        text += escaped
        atLineStart = false
    }

    /// Ends the line (a soft break, or after the `\` of a hard one).
    mutating func newline() {
        // Spaces before a line end are dropped by Markdown (two of them would make a hard break).
        while text.utf8.last == 0x20 || text.utf8.last == 0x09 {
            text.removeLast()
            if let last = breaks.last, last >= text.utf8.count { breaks.removeLast() }
        }
        text += "\n"
        atLineStart = true
    }
}

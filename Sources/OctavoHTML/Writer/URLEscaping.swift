/// Percent-encoding of URLs for `href` and `src`, the way CommonMark renderers do it.
///
/// Letters, digits and `-_.+!*'(),%#@?=;:/$~&` stay as they are (a `%` is assumed to start an
/// existing escape, so encoded URLs are not encoded twice); `&` and `'` are written as
/// character references; every other byte, including each byte of a non-ASCII character,
/// becomes `%XX`.
enum URLEscaping {
    private static let safe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        for scalar in "-_.+!*(),%#@?=;:/$~".utf8 { table[Int(scalar)] = true }
        return table
    }()

    private static let hex = Array("0123456789ABCDEF".utf8)

    /// Appends `url`, escaped, to `out`.
    static func appendEscaped(_ url: String, to out: inout [UInt8]) {
        for byte in url.utf8 {
            if safe[Int(byte)] {
                out.append(byte)
            } else if byte == UInt8(ascii: "&") {
                out.append(contentsOf: "&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                out.append(contentsOf: "&#x27;".utf8)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
    }

    /// `text` percent-encoded like a URL but with `&` and `'` left for attribute escaping to
    /// handle: a fragment identifier made from a footnote label.
    static func percentEncoded(_ text: String) -> String {
        var out: [UInt8] = []
        for byte in text.utf8 {
            if safe[Int(byte)] || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "'") {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

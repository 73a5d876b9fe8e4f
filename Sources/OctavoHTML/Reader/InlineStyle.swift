/// A `style` attribute the way the reader's checks search it: lowercased, without whitespace
/// (`Display: None` → `display:none`).
enum InlineStyle {
    /// `style.lowercased()` without its whitespace characters. ASCII text (nearly every style
    /// attribute) is done byte by byte, which gives the same string.
    static func compact(_ style: String) -> String {
        guard style.utf8.allSatisfy({ $0 < 0x80 }) else { return style.lowercased().filter { !$0.isWhitespace } }
        var out: [UInt8] = []
        out.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where byte != 0x20 && !(0x09...0x0D).contains(byte) {
            out.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

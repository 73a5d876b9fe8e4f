import Foundation

/// Finds what a page says about its own encoding: a byte-order mark, `<meta charset>` or an
/// `http-equiv="Content-Type"` declaration in the first few kilobytes (the HTML prescan).
enum CharsetSniffer {
    enum ByteOrderMark: Equatable { case utf8, utf16LittleEndian, utf16BigEndian }

    /// The byte-order mark at the start of `bytes`, if any.
    static func byteOrderMark(_ bytes: some Collection<UInt8>) -> ByteOrderMark? {
        let head = Array(bytes.prefix(3))
        if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { return .utf8 }
        if head.count >= 2, head[0] == 0xFF, head[1] == 0xFE { return .utf16LittleEndian }
        if head.count >= 2, head[0] == 0xFE, head[1] == 0xFF { return .utf16BigEndian }
        return nil
    }

    /// The charset label declared by a `<meta>` element in the first 4 KB, lowercased.
    static func declaredCharset(_ bytes: some Collection<UInt8>) -> String? {
        let prefix = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        var searchStart = prefix.startIndex
        while let meta = prefix.range(of: "<meta", range: searchStart..<prefix.endIndex) {
            let tagEnd = prefix[meta.upperBound...].firstIndex(of: ">") ?? prefix.endIndex
            let tag = prefix[meta.upperBound..<tagEnd]
            if let label = charsetValue(in: tag) { return label }
            searchStart = tagEnd
        }
        return nil
    }

    /// `charset=LABEL` inside a meta tag's text (covers both `charset="…"` and `content="text/html; charset=…"`).
    private static func charsetValue(in tag: Substring) -> String? {
        guard let key = tag.range(of: "charset") else { return nil }
        var rest = tag[key.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let label = rest.prefix { !"\"'; />\t\n\r".contains($0) }
        return label.isEmpty ? nil : String(label)
    }
}

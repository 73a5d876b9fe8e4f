import Foundation
import OctavoCore

/// Turns a page's bytes into what the parser reads: UTF-8 bytes (repaired if need be) or the
/// original bytes with the name of a charset libxml2 decodes itself.
///
/// Order: byte-order mark; valid UTF-8 with non-ASCII content (it wins over a wrong declaration,
/// which saved pages often carry); a declared windows-1252/ISO-8859-1 label; another declared
/// charset libxml2 knows; declared UTF-8 with bad bytes (replaced by U+FFFD); else windows-1252.
struct PageDecoder {
    struct Decoded {
        var data: Data
        /// The charset name to hand libxml2.
        var encoding: String
        /// What was decided, for diagnostics (`nil` when nothing needs saying).
        var note: String?
    }

    static func decode(_ data: Data) -> Decoded {
        let bytes = [UInt8](data)
        switch CharsetSniffer.byteOrderMark(bytes) {
        case .utf8:
            return utf8(Array(bytes.dropFirst(3)), declared: true)
        case .utf16LittleEndian, .utf16BigEndian:
            let little = CharsetSniffer.byteOrderMark(bytes) == .utf16LittleEndian
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            return Decoded(data: Data(String(decoding: units, as: UTF16.self).utf8), encoding: "UTF-8", note: nil)
        case nil: break
        }
        if isValidUTF8(bytes) { return Decoded(data: data, encoding: "UTF-8", note: nil) }
        if let declared = CharsetSniffer.declaredCharset(bytes) {
            if Windows1252.labels.contains(declared) {
                return Decoded(data: Data(Windows1252.decode(bytes).utf8), encoding: "UTF-8", note: nil)
            }
            if declared != "utf-8" && declared != "utf8" && HTMLParser.canDecode(declared) {
                return Decoded(data: data, encoding: declared, note: nil)
            }
            if declared == "utf-8" || declared == "utf8" { return utf8(bytes, declared: true) }
        }
        return Decoded(data: Data(Windows1252.decode(bytes).utf8), encoding: "UTF-8",
                       note: "no usable charset declared and the bytes are not UTF-8; read as windows-1252")
    }

    private static func utf8(_ bytes: [UInt8], declared: Bool) -> Decoded {
        if isValidUTF8(bytes) { return Decoded(data: Data(bytes), encoding: "UTF-8", note: nil) }
        return Decoded(data: Data(String(decoding: bytes, as: UTF8.self).utf8), encoding: "UTF-8",
                       note: "invalid UTF-8 bytes replaced with U+FFFD")
    }
}

/// Whether `bytes` are well-formed UTF-8.
func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
        switch decoder.decode(&iterator) {
        case .scalarValue: continue
        case .emptyInput: return true
        case .error: return false
        }
    }
}

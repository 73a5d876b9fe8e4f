import Foundation

/// Gives the bytes of an input as UTF-8: as they are (without a byte-order mark) when they are
/// UTF-8, converted when a BOM says UTF-16, with NUL bytes dropped. Invalid UTF-8 is left for
/// ``LineSplitter``, which replaces it line by line (on every core) and counts what it replaced.
enum TextDecoder {
    /// What decoding found worth reporting.
    struct Report {
        var droppedNULs = 0
        var encoding = "UTF-8"
    }

    /// Calls `body` with the input's UTF-8 bytes. UTF-8 without NULs is read where it lies.
    static func withUTF8<R>(_ data: Data, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> (R, Report) {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return utf16(bytes[2...], bigEndian: false, body) }
            if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return utf16(bytes[2...], bigEndian: true, body) }
            var utf8 = bytes
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { utf8 = UnsafeBufferPointer(rebasing: bytes[3...]) }
            guard let base = utf8.baseAddress, memchr(base, 0, utf8.count) != nil else { return (body(utf8), Report()) }
            var clean: [UInt8] = []
            clean.reserveCapacity(utf8.count)
            for byte in utf8 where byte != 0 { clean.append(byte) }
            let result = clean.withUnsafeBufferPointer(body)
            return (result, Report(droppedNULs: utf8.count - clean.count))
        }
    }

    private static func utf16<R>(_ body: Slice<UnsafeBufferPointer<UInt8>>, bigEndian: Bool,
                                 _ use: (UnsafeBufferPointer<UInt8>) -> R) -> (R, Report) {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            let unit = bigEndian ? (a << 8 | b) : (b << 8 | a)
            if unit != 0 { units.append(unit) }
            index += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        let result = text.withUTF8(use)
        return (result, Report(droppedNULs: body.count / 2 - units.count, encoding: bigEndian ? "UTF-16BE" : "UTF-16LE"))
    }
}

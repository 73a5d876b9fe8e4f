import Foundation

/// Turns the bytes of an input into text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
/// Invalid UTF-8 is replaced with U+FFFD, and NUL bytes are dropped; both are reported.
enum TextDecoder {
    /// What decoding found worth reporting.
    struct Result {
        var text: String
        var replacedSequences = 0
        var droppedNULs = 0
        var encoding = "UTF-8"
    }

    static func decode(_ data: Data) -> Result {
        // Read the input where it lies: one copy (the string's own) instead of three.
        data.withUnsafeBytes { raw in decode(raw.bindMemory(to: UInt8.self)) }
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return utf16(ArraySlice(bytes[2...]), bigEndian: false) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return utf16(ArraySlice(bytes[2...]), bigEndian: true) }
        var body = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { body = UnsafeBufferPointer(rebasing: bytes[3...]) }
        guard body.contains(0) else { return utf8(body) }
        var clean: [UInt8] = []
        clean.reserveCapacity(body.count)
        for byte in body where byte != 0 { clean.append(byte) }
        var result = clean.withUnsafeBufferPointer { utf8($0) }
        result.droppedNULs = body.count - clean.count
        return result
    }

    /// UTF-8 bytes without NULs as text, invalid sequences replaced and counted.
    private static func utf8(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var result = Result(text: "")
        if let valid = String(validating: bytes, as: UTF8.self) {
            result.text = valid
        } else {
            result.text = String(decoding: bytes, as: UTF8.self)
            result.replacedSequences = countReplacements(in: result.text) - countReplacements(inValid: bytes)
        }
        return result
    }

    private static func utf16(_ body: ArraySlice<UInt8>, bigEndian: Bool) -> Result {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            let unit = bigEndian ? (a << 8 | b) : (b << 8 | a)
            if unit != 0 { units.append(unit) }
            index += 2
        }
        var result = Result(text: String(decoding: units, as: UTF16.self))
        result.droppedNULs = body.count / 2 - units.count
        result.encoding = bigEndian ? "UTF-16BE" : "UTF-16LE"
        return result
    }

    private static func countReplacements(in text: String) -> Int {
        var n = 0
        for scalar in text.unicodeScalars where scalar.value == 0xFFFD { n += 1 }
        return n
    }

    /// Replacement characters that were already in the input, encoded properly (EF BF BD).
    private static func countReplacements(inValid bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0, i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0xEF, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBD { n += 1; i += 3 } else { i += 1 }
        }
        return n
    }
}

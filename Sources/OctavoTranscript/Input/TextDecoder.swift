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
        let bytes = [UInt8](data)
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return utf16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return utf16(bytes.dropFirst(2), bigEndian: true) }
        var body = bytes[...]
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { body = bytes.dropFirst(3) }
        var result = Result(text: "")
        var clean: [UInt8]
        if body.contains(0) {
            clean = []
            clean.reserveCapacity(body.count)
            for byte in body where byte != 0 { clean.append(byte) }
            result.droppedNULs = body.count - clean.count
        } else {
            clean = Array(body)
        }
        if let valid = String(validating: clean, as: UTF8.self) {
            result.text = valid
        } else {
            result.text = String(decoding: clean, as: UTF8.self)
            result.replacedSequences = countReplacements(in: result.text) - countReplacements(inValid: clean)
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
    private static func countReplacements(inValid bytes: [UInt8]) -> Int {
        var n = 0, i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0xEF, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBD { n += 1; i += 3 } else { i += 1 }
        }
        return n
    }
}

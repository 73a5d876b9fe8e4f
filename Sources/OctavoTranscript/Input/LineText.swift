/// A line's bytes as text. Invalid UTF-8 becomes U+FFFD, one per maximal invalid sequence, as
/// the standard library decodes it; line ends are ASCII and so never inside a sequence, which
/// makes line by line the same as decoding the whole input at once.
enum LineText {
    /// The text of `bytes` and how many invalid sequences were replaced in it.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> (text: String, replaced: Int) {
        if ascii { return (String(decoding: bytes, as: UTF8.self), 0) }
        if let valid = String(validating: bytes, as: UTF8.self) { return (valid, 0) }
        let repaired = String(decoding: bytes, as: UTF8.self)
        return (repaired, replacementCount(repaired) - encodedReplacementCount(bytes))
    }

    private static func replacementCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $1.value == 0xFFFD ? $0 + 1 : $0 }
    }

    /// Replacement characters that were in the input already, properly encoded (EF BF BD).
    private static func encodedReplacementCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0, i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0xEF, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBD { n += 1; i += 3 } else { i += 1 }
        }
        return n
    }
}

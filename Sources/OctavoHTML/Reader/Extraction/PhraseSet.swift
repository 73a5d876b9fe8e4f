/// A fixed list of lowercase words or phrases, looked for in a text in one pass over its UTF-8
/// bytes, ignoring ASCII case: the same answer as ``ClassHints/matches(_:_:)`` with the list, at
/// the cost of one scan instead of one per phrase. The extraction's vocabularies (class/id hints,
/// the cues of the boilerplate rules) are read for every element or text block of every page.
struct PhraseSet: Sendable {
    /// The phrases as bytes.
    private let phrases: [[UInt8]]
    /// For each byte, the phrases that start with it (a byte no phrase starts with is skipped at once).
    private let startingWith: [[Int]]
    /// Whether a phrase is empty (then every non-empty text holds one, as with ``ClassHints/matches(_:_:)``).
    private let hasEmpty: Bool

    init(_ list: [String]) {
        phrases = list.map { Array($0.utf8) }
        var table = Array(repeating: [Int](), count: 256)
        for (position, phrase) in phrases.enumerated() where !phrase.isEmpty {
            table[Int(phrase[0])].append(position)
        }
        startingWith = table
        hasEmpty = phrases.contains { $0.isEmpty }
    }

    /// Whether `text` holds one of the phrases (ASCII letters of `text` compared without case).
    func occurs(in text: String) -> Bool {
        guard !text.isEmpty else { return false }
        if hasEmpty { return true }
        var text = text
        return text.withUTF8 { occurs(inBytes: $0) }
    }

    /// Whether the bytes `haystack` hold one of the phrases (ASCII letters compared without case).
    func occurs(inBytes haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !haystack.isEmpty else { return false }
        if hasEmpty { return true }
        let count = haystack.count
        for start in 0..<count {
            let candidates = startingWith[Int(Self.lower(haystack[start]))]
            if candidates.isEmpty { continue }
            for candidate in candidates {
                let phrase = phrases[candidate]
                guard phrase.count <= count - start else { continue }
                var offset = 1
                while offset < phrase.count && Self.lower(haystack[start + offset]) == phrase[offset] { offset += 1 }
                if offset == phrase.count { return true }
            }
        }
        return false
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}

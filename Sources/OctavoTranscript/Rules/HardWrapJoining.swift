import OctavoCore

/// Rule `hard-wrap`: lines of one paragraph are joined with single spaces (runs of blanks inside a
/// line collapse too), and a word broken with a hyphen at a line end is rejoined
/// (`Car-` / `penter` → `Carpenter`) unless the document shows it is a real compound: the
/// hyphenated form occurs elsewhere, or both halves are words of the document while the joined
/// form is not (`common-` / `law` stays `common-law`).
struct HardWrapJoining {
    static let rule = "hard-wrap"

    private var counts: [String: Int] = [:]

    /// Learns, in one pass, which of the words that line-end hyphens could make the document uses.
    /// Words are compared by a case-folded hash of their bytes, so the pass allocates nothing.
    init(lines: [SourceLine]) {
        var wanted: [UInt64: String] = [:]
        var previous = -1
        for index in lines.indices where !lines[index].removed && !lines[index].isBlank {
            // Only a line ending in `-` can break a word: test that before taking the next line's content.
            if previous >= 0, lines[previous].text.utf8.last == 0x2D,
               let (left, right) = Self.breakParts(lines[previous].text, lines[index].content) {
                for word in [left + right, left + "-" + right, left, right] { wanted[Self.hash(word.utf8)] = word }
            }
            previous = index
        }
        guard !wanted.isEmpty else { return }
        // A bitset of hash bits in front of the dictionary: most words are rejected with one load.
        var filter = [UInt64](repeating: 0, count: 1024)
        for h in wanted.keys { filter[Int(h & 0xFFFF) >> 6] |= 1 << (h & 63) }
        var found: [UInt64: Int] = [:]
        for index in lines.indices where !lines[index].removed && !lines[index].isBlank {
            Self.forEachWordHash(in: lines[index].text) { h in
                guard filter[Int(h & 0xFFFF) >> 6] & (1 << (h & 63)) != 0, wanted[h] != nil else { return }
                found[h, default: 0] += 1
            }
        }
        for (h, n) in found { if let word = wanted[h] { counts[word, default: 0] += n } }
    }

    /// FNV-1a over ASCII-lower-cased bytes.
    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes {
            let folded = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            h = (h ^ UInt64(folded)) &* 0x100000001b3
        }
        return h
    }

    /// Calls `body` with the hash of every run of letters, digits and `-` in `text`.
    static func forEachWordHash(in text: String, _ body: (UInt64) -> Void) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ forEachWordHash(bytes: $0, body) }) { return done }
        forEachWordHash(bytes: Array(text.utf8), body)
    }

    private static func forEachWordHash<C: Collection>(bytes: C, _ body: (UInt64) -> Void) where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        var inWord = false
        for b in bytes {
            if isLetter(b) || b == 0x2D || (b >= 0x30 && b <= 0x39) {
                let folded = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                h = (h ^ UInt64(folded)) &* 0x100000001b3
                inWord = true
            } else if inWord {
                body(h)
                h = 0xcbf29ce484222325
                inWord = false
            }
        }
        if inWord { body(h) }
    }

    /// The lower-cased word halves when `line` ends in `letters-` and `next` starts with a lower-case letter.
    /// The longest word half `breakParts` looks for, in bytes.
    static let longestWord = 64

    static func breakParts(_ line: String, _ next: Substring) -> (String, String)? {
        let u = line.utf8
        guard u.count >= 3, u.last == 0x2D else { return nil }
        let beforeHyphen = u.index(before: u.endIndex)
        let prev = u[u.index(before: beforeHyphen)]
        guard isLetter(prev), let firstNext = next.unicodeScalars.first, firstNext.properties.isLowercase else { return nil }
        // Look back at most `longestWord` bytes: `out` can end in one endless hyphenated "word"
        // (`a-\na-\na-…`), and scanning all of it for every line was quadratic.
        var start = beforeHyphen
        var length = 0
        while start != u.startIndex, length < longestWord,
              isLetter(u[u.index(before: start)]) || u[u.index(before: start)] == 0x2D {
            start = u.index(before: start)
            length += 1
        }
        let left = line[start..<beforeHyphen]
        guard !left.hasSuffix("-") else { return nil }
        let right = next.prefix(while: { $0.isLetter || $0 == "-" })
        guard !right.isEmpty else { return nil }
        return (left.lowercased(), right.lowercased())
    }

    /// Whether a hyphen that ends a line between `left` and `right` belongs to the word.
    func keepsHyphen(_ left: String, _ right: String) -> Bool {
        if counts[left + "-" + right, default: 0] > 0 { return true }
        if counts[left + right, default: 0] > 0 { return false }
        if right.contains("-") { return true } // `day-` / `to-day`
        // The right half always occurs once, at the start of the next line: ask for another.
        return left.utf8.count >= 2 && right.utf8.count >= 2
            && counts[left, default: 0] >= 1 && counts[right, default: 0] >= 2
    }

    /// Joins the lines of one paragraph.
    func join(_ lines: ArraySlice<Substring>, log: RuleLog? = nil, firstLine: Int = 0) -> String {
        var out = ""
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for (offset, raw) in lines.enumerated() {
            // Byte tests first: a line that starts with neither blank nor tab drops nothing, and
            // text whose bytes do not end in `—` or `-` cannot end in those characters.
            let lead = raw.utf8.first
            let line = lead == 0x20 || lead == 0x09 ? raw.drop(while: { $0 == " " || $0 == "\t" }) : raw
            if !out.isEmpty {
                let tail = out.utf8.last
                if tail == 0x2D, let (left, right) = Self.breakParts(out, line) {
                    if !keepsHyphen(left, right) {
                        out.removeLast()
                        log?.count(Self.rule, "rejoined words hyphenated across line ends", line: firstLine + offset)
                    }
                } else if (tail == 0x94 && out.hasSuffix("—")) || (tail == 0x2D && out.hasSuffix("--") && !out.hasSuffix(" --")) {
                    // a dash that joins two words
                } else {
                    out.append(" ")
                }
            }
            Self.appendCollapsingBlanks(line, to: &out)
        }
        return out
    }

    static func appendCollapsingBlanks(_ s: Substring, to out: inout String) {
        guard ByteScan.hasTabOrDoubleBlank(s) else { out += s; return }
        var pending = false
        for scalar in s.unicodeScalars {
            if scalar == " " || scalar == "\t" { pending = true; continue }
            if pending { out.append(" "); pending = false }
            out.unicodeScalars.append(scalar)
        }
    }

    static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80 }

}

/// A shell-style path pattern for `--include` / `--exclude`: `*` matches within one path
/// segment, `**` across segments (including none), `?` one character, `[abc]` / `[a-z]` /
/// `[!abc]` a class. A pattern without `/` is matched against the file name alone
/// (`*.md`), one with `/` against the whole path relative to the input folder (`docs/**/*.md`).
public struct Glob: Hashable, Sendable, CustomStringConvertible {
    public let pattern: String
    private let characters: [Character]
    private let matchesNameOnly: Bool

    public init(_ pattern: String) {
        var cleaned = pattern
        while cleaned.hasPrefix("./") { cleaned.removeFirst(2) }
        self.pattern = cleaned
        self.characters = Array(cleaned)
        self.matchesNameOnly = !cleaned.contains("/")
    }

    /// Whether `relativePath` (with `/` separators) matches.
    public func matches(_ relativePath: String) -> Bool {
        let subject = matchesNameOnly ? String(relativePath.split(separator: "/").last ?? "") : relativePath
        return Self.matchFrom(characters, 0, Array(subject), 0)
    }

    public var description: String { pattern }

    /// Recursive matcher; paths and patterns are short, so plain backtracking is enough.
    private static func matchFrom(_ p: [Character], _ pi: Int, _ t: [Character], _ ti: Int) -> Bool {
        guard pi < p.count else { return ti == t.count }
        if p[pi] == "*", pi + 1 < p.count, p[pi + 1] == "*" {
            let rest = pi + 2
            if rest < p.count, p[rest] == "/" {
                // `**/`: nothing, or any run of whole segments.
                if matchFrom(p, rest + 1, t, ti) { return true }
                for k in ti..<t.count where t[k] == "/" {
                    if matchFrom(p, rest + 1, t, k + 1) { return true }
                }
                return false
            }
            for k in ti...t.count where matchFrom(p, rest, t, k) { return true }
            return false
        }
        if p[pi] == "*" {
            for k in ti...t.count {
                if matchFrom(p, pi + 1, t, k) { return true }
                if k < t.count, t[k] == "/" { break }
            }
            return false
        }
        guard ti < t.count, let consumed = single(p[pi...], t[ti]) else { return false }
        return matchFrom(p, pi + consumed, t, ti + 1)
    }

    /// How many pattern characters match `character` at the start of `pattern` (nil: no match).
    private static func single(_ pattern: ArraySlice<Character>, _ character: Character) -> Int? {
        let first = pattern[pattern.startIndex]
        switch first {
        case "?": return character == "/" ? nil : 1
        case "[": return bracket(pattern, character)
        default: return first == character ? 1 : nil
        }
    }

    private static func bracket(_ pattern: ArraySlice<Character>, _ character: Character) -> Int? {
        var i = pattern.startIndex + 1
        let negated = i < pattern.endIndex && (pattern[i] == "!" || pattern[i] == "^")
        if negated { i += 1 }
        var found = false, first = true
        while i < pattern.endIndex, pattern[i] != "]" || first {
            first = false
            if i + 2 < pattern.endIndex, pattern[i + 1] == "-", pattern[i + 2] != "]" {
                if pattern[i] <= character && character <= pattern[i + 2] { found = true }
                i += 3
            } else {
                if pattern[i] == character { found = true }
                i += 1
            }
        }
        guard i < pattern.endIndex else { return pattern[pattern.startIndex] == character ? 1 : nil }
        return found != negated && character != "/" ? i - pattern.startIndex + 1 : nil
    }
}

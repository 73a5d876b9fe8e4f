/// Rule `headings`: section titles.
///
/// Marked lines are headings wherever they are: `# Title` (ATX, level by the number of `#`) and
/// lines of `***`, `---` or `___` (thematic breaks; a lone `###` is one too). A paragraph that is a
/// single short line, title-like (no sentence or clause ending, not starting in lower case), and
/// followed by body text is a heading too (see ``isTitleLike(_:)``); ``ArticleSplitter`` decides
/// which headings open articles.
enum Headings {
    static let rule = "headings"

    struct LineHeading {
        var kind: Para.Kind
        var text: Substring
    }

    static func lineHeading(_ s: Substring) -> LineHeading? {
        guard let lead = s.utf8.first, lead == 0x23 || lead == 0x2D || lead == 0x5F || lead == 0x2A || lead == 0x3D,
              let first = s.first else { return nil }
        if first == "#" {
            let hashes = s.prefix(while: { $0 == "#" })
            let rest = s[hashes.endIndex...]
            if rest.isEmpty { return LineHeading(kind: .thematicBreak, text: "") }
            guard hashes.count <= 6, rest.first == " " else { return nil }
            var text = rest.drop(while: { $0 == " " })
            while text.hasSuffix("#") || text.hasSuffix(" ") { text = text.dropLast() }
            return LineHeading(kind: .heading(level: hashes.count), text: text)
        }
        if "-_*=".contains(first), s.utf8.count >= 3 {
            let compact = s.filter { $0 != " " }
            if compact.allSatisfy({ $0 == first }) { return LineHeading(kind: .thematicBreak, text: "") }
        }
        return nil
    }

    /// A short line that could be a title: no final `.`, `,`, `;`, `:`; not lower-case first; at most 15 words.
    static func isTitleLike(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.last, text.utf8.count <= 150 else { return false }
        if first.properties.isLowercase { return false }
        if ".,;:-–—\"".contains(last) { return false }
        let words = text.split(separator: " ")
        guard words.count <= 15 else { return false }
        if "?!".contains(last) { return isTitleCase(text) }
        if last == "”" || last == ")" { return false }
        return true
    }

    /// Most significant words capitalised (`US Must Take Russia’s Security Concerns Seriously`).
    static func isTitleCase(_ text: String) -> Bool {
        let small: Set<String> = ["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "into", "over", "nor", "is"]
        var significant = 0, capitalised = 0
        for word in text.split(separator: " ") {
            let w = word.drop(while: { !$0.isLetter && !$0.isNumber })
            guard let f = w.first else { continue }
            if small.contains(w.lowercased()) { continue }
            significant += 1
            if f.isUppercase || f.isNumber { capitalised += 1 }
        }
        return significant >= 2 && capitalised * 10 >= significant * 8
    }
}

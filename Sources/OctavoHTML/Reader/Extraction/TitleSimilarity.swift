/// How much of one text's words another text shares, from 0 to 1.
enum TitleSimilarity {
    /// The share (by characters) of `b`'s words that also occur in `a`.
    static func similarity(_ a: String, _ b: String) -> Double {
        let tokensA = Set(words(a)), tokensB = words(b)
        guard !tokensA.isEmpty, !tokensB.isEmpty else { return 0 }
        let unique = tokensB.filter { !tokensA.contains($0) }
        let distance = Double(unique.joined(separator: " ").count) / Double(tokensB.joined(separator: " ").count)
        return 1 - distance
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    }
}

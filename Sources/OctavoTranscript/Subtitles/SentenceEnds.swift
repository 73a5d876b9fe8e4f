/// Rule `sentence-ends`: live and automatic captions often come without punctuation. Where a
/// caption pause of two seconds or more falls between a cue that ends without punctuation and
/// one that opens with a capitalised word, a full stop is inferred, but only when the evidence is
/// strong: the word before the pause is not one a sentence cannot end with (`and`, `the`, `of`…)
/// and the word after is not `I` or a word that usually continues a sentence.
enum SentenceEnds {
    static let rule = "sentence-ends"

    /// Whether `text` already ends a sentence or clause.
    static func endsSentence(_ text: some StringProtocol) -> Bool {
        guard let last = text.last else { return false }
        return ".?!…:;\"”’)]—-".contains(last)
    }

    /// Whether `next` opens in lower case (the sentence runs on).
    static func continues(_ next: some StringProtocol) -> Bool {
        next.unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// Whether a full stop may be inferred between `previous` and `next` at a pause.
    static func inferredEnd(after previous: some StringProtocol, before next: some StringProtocol) -> Bool {
        guard !endsSentence(previous), let first = next.unicodeScalars.first, first.properties.isUppercase else { return false }
        let lastWord = previous.split(separator: " ").last.map { $0.lowercased() } ?? ""
        let nextWord = next.split(separator: " ").first.map { String($0) } ?? ""
        if lastWord.isEmpty || lastWord.last == "," || openEnded.contains(lastWord) { return false }
        if nextWord == "I" || nextWord.hasPrefix("I’") || nextWord.hasPrefix("I'") { return false }
        return true
    }

    /// Words a sentence does not end with.
    static let openEnded: Set<String> = [
        "a", "an", "the", "and", "or", "but", "so", "of", "to", "in", "on", "at", "for", "with", "from", "by", "as",
        "that", "which", "who", "if", "because", "than", "then", "is", "are", "was", "were", "be", "have", "has",
        "my", "your", "our", "their", "his", "her", "its", "this", "these", "those", "about", "into", "like", "very",
    ]
}

/// Rule `quotations`: a paragraph that is a quoted passage becomes a block quote: it opens and
/// closes with quote marks (`“…”`, `"…"`), or it follows a paragraph that introduces it with a
/// colon (`RT reported that … Russia:`) and opens with a quote mark, or it opens with a bracketed
/// edit (`[M]aybe Russia is …`). Consecutive quoted paragraphs share one quote.
enum Quotations {
    static let rule = "quotations"

    /// Whether `para` is a quoted passage; `introduced`: the paragraph before it ``introduces(_:)`` it.
    static func isQuotation(_ para: Para, introduced: @autoclosure () -> Bool) -> Bool {
        guard para.kind == .text, para.speaker == nil, para.text.utf8.count >= 40,
              let lead = para.text.utf8.first, lead == 0x22 || lead == 0x5B || lead == 0xE2 || lead == 0xC2,
              let first = para.text.first else { return false } // `"`, `[`, and the lead bytes of `“` and `«`
        let opens = first == "“" || first == "\"" || first == "«"
        let closes = opens && (para.text.reversed().first(where: { !" .,".contains($0) }).map { "”\"»".contains($0) } ?? false)
        if opens && closes && !innerCloseBeforeEnd(para.text) { return true }
        if opens && introduced() { return true }
        if opens, hasShortAttribution(para.text) { return true }
        if first == "[", let close = para.text.firstIndex(of: "]"), para.text.distance(from: para.text.startIndex, to: close) <= 4 {
            let after = para.text.index(after: close)
            if after != para.text.endIndex, para.text[after].isLetter { return true }
        }
        return false
    }

    /// Whether a paragraph introduces a quotation after it: text ending in `:`.
    static func introduces(_ para: Para) -> Bool {
        para.kind == .text && para.text.utf8.last == 0x3A
    }

    /// `“…,” the analyst said.`: the last closing mark is followed by a few words with a verb of saying.
    static func hasShortAttribution(_ text: String) -> Bool {
        guard let close = text.lastIndex(where: { $0 == "”" || $0 == "\"" }), close != text.startIndex else { return false }
        let tail = text[text.index(after: close)...]
        let words = tail.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        guard !words.isEmpty, words.count <= 10 else { return false }
        let verbs: Set<String> = ["said", "says", "told", "added", "wrote", "writes", "noted", "stated", "explained", "argued", "asked", "replied", "continued", "insisted", "according"]
        return words.contains { verbs.contains($0.lowercased()) }
    }

    /// `“Quote,” she said, “more.”` is reported speech, not a quoted passage: a closing mark
    /// followed by narration before the end.
    private static func innerCloseBeforeEnd(_ text: String) -> Bool {
        guard let lastOpen = text.lastIndex(of: "“") else { return false }
        var depth = 0
        var closedAt: String.Index?
        for index in text.indices {
            guard index < lastOpen else { break }
            switch text[index] {
            case "“": depth += 1
            case "”":
                depth -= 1
                if depth == 0 { closedAt = index }
            default:
                // narration after a closed quote, with another quote to come
                if depth == 0, let c = closedAt, index > c, text[index].isLetter { return true }
            }
        }
        return false
    }
}

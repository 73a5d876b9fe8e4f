/// Greedy word wrapping by display width. Words are never broken; runs of white space become one space.
enum LineWrapper {
    /// `text` as lines at most `width` columns wide (one line if `width` is nil). `firstIndent`
    /// columns are already taken on the first line (a speaker label, a heading number).
    static func wrap(_ text: String, width: Int?, firstIndent: Int = 0) -> [Substring] {
        var lines: [Substring] = []
        guard let width else {
            lines.append(Substring(collapse(text)))
            return lines
        }
        var current = ""
        var currentWidth = firstIndent
        var limit = width
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            let wordWidth = DisplayWidth.of(word)
            if current.isEmpty {
                current = String(word)
                currentWidth += wordWidth
            } else if currentWidth + 1 + wordWidth <= limit {
                current += " "
                current += word
                currentWidth += 1 + wordWidth
            } else {
                lines.append(Substring(current))
                current = String(word)
                currentWidth = wordWidth
                limit = width
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(Substring(current)) }
        return lines
    }

    /// `text` with every run of white space as one space, trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}

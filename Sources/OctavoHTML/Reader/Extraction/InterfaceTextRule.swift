/// A line that is the page's interface, not the article: a control's label or a player's
/// fallback left as text (`Skip to content`, `Enlarge image`, `Print article`, `Order reprints`,
/// `12 Comments`, `Sharing is caring!`, `SUBSCRIBE`, `Trending`, `This slideshow requires JavaScript.`, `Media playback is
/// unsupported on your device`). Only a whole line goes — a block, or a link standing alone —
/// compared without case, numbers and punctuation: the same words inside a sentence are the article's.
struct InterfaceTextRule: BoilerplateRule {
    static let maximumLength = 80
    /// Elements of a figure read as lines of their own.
    static let figureLines: Set<String> = ["div", "p", "span", "figcaption"]
    /// Lines of the web's interfaces (English), as letters and single spaces.
    static let lines: Set<String> = [
        "skip to content", "skip to main content", "skip to navigation", "jump to navigation", "enlarge image",
        "enlarge this image", "expand image", "view larger image", "print article", "print this article",
        "print this page", "order reprints", "reprints", "comments", "comment", "view comments", "show comments",
        "leave a comment", "add a comment", "post a comment", "sharing is caring", "share this article", "share this story",
        "share this", "share on facebook", "share on twitter", "this slideshow requires javascript",
        "media playback is unsupported on your device", "your browser does not support the video tag",
        "your browser does not support the audio element", "advertisement", "back to top", "scroll to top",
        // A section's or a button's label left alone when its links went (`Trending`, `SUBSCRIBE`).
        "subscribe", "subscribe now", "trending", "trending now", "related news", "sponsored content",
    ]

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks where block.length <= Self.maximumLength && Self.isInterface(lowercased: block.lowercased) {
            dropped[block.index] = true
        }
        // A control set as a bare link or span among blocks (`<a href="#content">Skip to content</a>`)
        // is no text block of its own; a link inside a sentence is left alone.
        for (link, text) in blocks.standaloneInlines(named: ["a", "span", "strong", "em", "small"], maximumLength: Self.maximumLength, dropped: dropped)
            where Self.isInterface(text) {
            dropped[link] = true
        }
        // A player's fallback sits in the media's figure, which holds no text blocks of its own.
        for root in blocks.roots {
            for figure in blocks.page.elements(named: "figure", under: root) where !dropped[figure] {
                for i in figure...blocks.page.tree.lastDescendant(of: figure) where !dropped[i] && blocks.page.isElement(i)
                    && Self.figureLines.contains(blocks.page.name(i)) && !blocks.metrics.hasBlockDescendant[i]
                    && blocks.metrics.text[i] > 0 && blocks.metrics.text[i] <= Int32(Self.maximumLength)
                    && Self.isInterface(blocks.page.text(of: i, dropped: dropped)) {
                    dropped[i] = true
                }
            }
        }
    }

    /// Whether `text`, without numbers and punctuation, is one of ``lines``.
    static func isInterface(_ text: String) -> Bool {
        isInterface(lowercased: text.lowercased())
    }

    /// The longest of ``lines``, in bytes.
    static let longestLine = lines.map(\.utf8.count).max() ?? 0

    /// ``isInterface(_:)`` for a text already lowercased.
    static func isInterface(lowercased lower: String) -> Bool {
        guard lower.utf8.allSatisfy({ $0 < 0x80 }) else {
            return lines.contains(lower.split { !$0.isLetter }.joined(separator: " "))
        }
        // An ASCII line's letters, read as bytes: runs of `a`–`z` joined by one space.
        var letters: [UInt8] = []
        var separated = false
        for byte in lower.utf8 {
            guard (0x61...0x7A).contains(byte) else { separated = true; continue }
            if separated && !letters.isEmpty { letters.append(0x20) }
            separated = false
            letters.append(byte)
            if letters.count > longestLine { return false }
        }
        return lines.contains(String(decoding: letters, as: UTF8.self))
    }
}

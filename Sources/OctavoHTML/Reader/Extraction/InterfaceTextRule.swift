/// A line that is the page's interface, not the article: a control's label or a player's
/// fallback left as text (`Skip to content`, `Enlarge image`, `Print article`, `Order reprints`,
/// `12 Comments`, `Sharing is caring!`, `This slideshow requires JavaScript.`, `Media playback is
/// unsupported on your device`). Only a whole line goes — a block, or a link standing alone —
/// compared without case, numbers and punctuation: the same words inside a sentence are the article's.
struct InterfaceTextRule: BoilerplateRule {
    static let maximumLength = 80
    /// Lines of the web's interfaces (English), as letters and single spaces.
    static let lines: Set<String> = [
        "skip to content", "skip to main content", "skip to navigation", "jump to navigation", "enlarge image",
        "enlarge this image", "expand image", "view larger image", "print article", "print this article",
        "print this page", "order reprints", "reprints", "comments", "comment", "view comments", "show comments",
        "leave a comment", "add a comment", "post a comment", "sharing is caring", "share this article", "share this story",
        "share this", "share on facebook", "share on twitter", "this slideshow requires javascript",
        "media playback is unsupported on your device", "your browser does not support the video tag",
        "your browser does not support the audio element", "advertisement", "back to top", "scroll to top",
    ]

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks where block.text.count <= Self.maximumLength && Self.isInterface(block.text) {
            dropped[block.index] = true
        }
        // A control set as a bare link or span among blocks (`<a href="#content">Skip to content</a>`)
        // is no text block of its own; a link inside a sentence is left alone.
        for (link, text) in blocks.standaloneInlines(named: ["a", "span", "strong", "em", "small"], maximumLength: Self.maximumLength, dropped: dropped)
            where Self.isInterface(text) {
            dropped[link] = true
        }
    }

    /// Whether `text`, without numbers and punctuation, is one of ``lines``.
    static func isInterface(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter }
        return lines.contains(words.joined(separator: " "))
    }
}

/// The text being written: lines with the prefixes of the containers they sit in (`> ` for a
/// quote, a list marker on an item's first line and its hanging indent after), and the blank
/// lines between blocks.
struct TextOutput {
    /// One container's prefix: `first` on its first line, `rest` on every later line (same width).
    private struct Prefix {
        var first: String
        var rest: String
        var usedFirst = false
    }

    private(set) var text = ""
    private var prefixes: [Prefix] = []
    /// Per container: whether its blocks follow each other without blank lines (a tight list).
    private var tightness: [Bool] = [false]
    /// Whether nothing has been written in the current container yet.
    private var atStart = true
    /// The columns the prefixes take.
    private(set) var indentWidth = 0

    init(capacity: Int = 0) { text.reserveCapacity(capacity) }

    /// Enters a container whose lines start with `first`, then `rest`.
    mutating func push(first: String, rest: String, tight: Bool) {
        prefixes.append(Prefix(first: first, rest: rest))
        tightness.append(tight)
        indentWidth += DisplayWidth.of(rest)
        atStart = true
    }

    /// Leaves the innermost container. A marker never written (an empty item) is written now.
    mutating func pop() {
        guard let prefix = prefixes.last else { return }
        if !prefix.usedFirst { line("") }
        prefixes.removeLast()
        tightness.removeLast()
        indentWidth -= DisplayWidth.of(prefix.rest)
        atStart = false
    }

    /// Called before each block: a blank line separates it from the one before, unless the
    /// container is tight or `tight` asks for none.
    mutating func beginBlock(tight: Bool = false) {
        if !atStart && !tight && !(tightness.last ?? false) { line("") }
        atStart = false
    }

    /// Writes one line with the current prefixes; trailing spaces are trimmed.
    mutating func line<S: StringProtocol>(_ content: S) {
        if prefixes.isEmpty {
            text += content
        } else {
            for index in prefixes.indices {
                if prefixes[index].usedFirst {
                    text += prefixes[index].rest
                } else {
                    text += prefixes[index].first
                    prefixes[index].usedFirst = true
                }
            }
            text += content
        }
        if content.isEmpty || content.last == " " {
            while text.last == " " { text.removeLast() }
        }
        text += "\n"
    }

    /// Marks the start of a new, unrelated run (a new document): the next block gets a blank line before it.
    mutating func separate() { atStart = text.isEmpty }
}

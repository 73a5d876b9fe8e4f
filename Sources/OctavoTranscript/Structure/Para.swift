/// A paragraph-sized piece of the input, between segmentation and the model: its lines joined,
/// where it came from, and what the rules decided it is.
struct Para {
    enum Kind: Equatable {
        case text
        case heading(level: Int)
        case bulletItem
        case orderedItem(number: Int, delimiter: Character)
        case lineBlock
        case thematicBreak
        case byline
        /// Boilerplate taken out of the body (kept with `--keep-boilerplate`).
        case remnant
    }

    var kind: Kind = .text
    /// The joined text (for a line block, its lines joined with newlines).
    var text: String
    /// The source lines' texts, for line blocks.
    var lines: [String] = []
    /// 1-based number of the first source line.
    var line: Int
    /// How many source lines it spans.
    var lineCount: Int = 1
    /// Set when a speaker label opened this paragraph.
    var speaker: String?
    var timestamp: String?
    /// The paragraph opens a block (a blank line or the start of the input came before it).
    var opensBlock = true
    /// The paragraph closes its block.
    var closesBlock = true
    /// Set by ``Quotations``.
    var isQuotation = false
}

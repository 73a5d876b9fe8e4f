/// A block that repeats the block just before it word for word: the same caption under a photo
/// and its enlargement, a lead set twice for two screen sizes. The first stays. Repeats further
/// apart are left alone: an interview's recurring question or a recipe's recurring step is content.
struct RepeatedBlockRule: BoilerplateRule {
    /// Shorter texts (`Photo`, `Share`) are left to other rules.
    static let minimumLength = 20

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        var previous: TextBlocks.Block?
        for block in blocks.blocks {
            // Texts equal but for case have as many characters: only then are they lowercased and compared.
            if let before = previous, before.length == block.length, block.length >= Self.minimumLength {
                let text = block.lowercased
                if text == before.lowercased, text.count >= Self.minimumLength { dropped[block.index] = true }
            }
            previous = block
        }
    }
}

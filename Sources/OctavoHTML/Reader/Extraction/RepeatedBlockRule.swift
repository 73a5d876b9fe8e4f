/// A block that repeats the block just before it word for word: the same caption under a photo
/// and its enlargement, a lead set twice for two screen sizes. The first stays. Repeats further
/// apart are left alone: an interview's recurring question or a recipe's recurring step is content.
struct RepeatedBlockRule: BoilerplateRule {
    /// Shorter texts (`Photo`, `Share`) are left to other rules.
    static let minimumLength = 20

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        var previous = ""
        for block in blocks.blocks {
            if Self.sameLowercased(block.text, previous), block.text.lowercased().count >= Self.minimumLength {
                dropped[block.index] = true
            }
            previous = block.text
        }
    }

    /// Whether `a` and `b` are the same once lowercased. Texts in ASCII are compared byte by byte
    /// (most blocks differ in their first letters), others are lowercased whole.
    static func sameLowercased(_ a: String, _ b: String) -> Bool {
        if a.utf8.allSatisfy({ $0 < 0x80 }) && b.utf8.allSatisfy({ $0 < 0x80 }) {
            func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
            return a.utf8.count == b.utf8.count && zip(a.utf8, b.utf8).allSatisfy { lower($0) == lower($1) }
        }
        return a.lowercased() == b.lowercased()
    }
}

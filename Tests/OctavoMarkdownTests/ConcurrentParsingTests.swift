import Foundation
import OctavoCore
@testable import OctavoMarkdown
import Testing

/// Markdown read on several threads at once gives what it gives on one: cmark-gfm 0.29 keeps the
/// table of characters that start an extension's inline syntax (`~`, `:`, `w`) in process-wide
/// memory and clears it after each parse's inline pass, so overlapping parses lost strikethrough
/// and autolinks (seen in CI as `~~struck~~` left in the HTML of a batch), and a CommonMark parse
/// overlapping a GFM one saw GFM's rule for `_` beside `~`. `InlinePassGate` now sets the table
/// for the passes, which run together when they share a dialect.
@Suite struct ConcurrentParsingTests {
    /// Many paragraphs each needing the special characters, so that a parse's inline pass is long
    /// enough for another parse to end inside it.
    static let gfmText = (1...400).map { "Line \($0) has ~~struck~~ text, www.example.com/\($0) and *emphasis*~~x~~.\n\n" }.joined()
    /// `a~_c_` is emphasis in CommonMark, but not with GFM's table, where `_` looks past `~`.
    static let strictText = (1...400).map { "Strict \($0): ~~kept~~ and a*~b*~ and a~_c_ with www.example.com.\n\n" }.joined()

    static func read(_ text: String, _ dialect: MarkdownReader.Dialect) throws -> Document {
        let context = ConversionContext(options: .init(), environment: [:])
        return try MarkdownReader(dialect: dialect).read(InputSource(data: Data(text.utf8), path: "in.md"), context: context)
    }

    @Test func overlappingParsesAgreeWithASerialParse() throws {
        let gfm = try Self.read(Self.gfmText, .gfm)
        let strict = try Self.read(Self.strictText, .commonmark)
        var struck = 0
        gfm.blocks.visit(inline: { if case .strikethrough = $0 { struck += 1 } })
        #expect(struck == 800)
        var emphasized = 0
        strict.blocks.visit(inline: { if case .emphasis = $0 { emphasized += 1 } })
        #expect(emphasized == 400)
        // Three gfm parses for each strict one, on every thread this machine has and at least
        // four; then runs of one dialect, whose passes share the table.
        let results = ParallelWork.map(96, width: max(4, ParallelWork.cores)) { index -> Bool in
            let dialect: MarkdownReader.Dialect = (index < 48 ? index % 4 == 3 : index >= 72) ? .commonmark : .gfm
            let document = try? Self.read(dialect == .gfm ? Self.gfmText : Self.strictText, dialect)
            return document == (dialect == .gfm ? gfm : strict)
        }
        #expect(results.allSatisfy { $0 }, "\(results.filter { !$0 }.count) of \(results.count) parses differ")
    }

    /// With Debian's cmark-gfm (linked dynamically), the library's calls reach Octavo's
    /// definition, so passes of one dialect run together rather than one at a time.
    @Test func passesOfOneDialectShareTheTable() {
        #expect(InlinePassGate.shared.sharesPasses)
    }
}

import Foundation
import OctavoCore
@testable import OctavoMarkdown
import Synchronization
import Testing

/// Markdown read on several threads at once gives what it gives on one: cmark-gfm 0.29 keeps the
/// table of characters that start an extension's inline syntax (`~`, `:`, `w`) in process-wide
/// memory and clears it after each parse's inline pass, so overlapping parses lost strikethrough
/// and autolinks (seen in CI as `~~struck~~` left in the HTML of a batch), and a CommonMark parse
/// overlapping a GFM one saw GFM's rule for `_` beside `~`. `CmarkGlobalTables.lock` now keeps
/// the parts of parses that use the table from overlapping.
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
        // Three gfm parses for each strict one, then runs of one dialect, on every core at once.
        let results = Self.concurrently(96) { index -> Bool in
            let dialect: MarkdownReader.Dialect = (index < 48 ? index % 4 == 3 : index >= 72) ? .commonmark : .gfm
            let document = try? Self.read(dialect == .gfm ? Self.gfmText : Self.strictText, dialect)
            return document == (dialect == .gfm ? gfm : strict)
        }
        #expect(results.allSatisfy { $0 }, "\(results.filter { !$0 }.count) of \(results.count) parses differ")
    }

    /// `work(i)` for every `i` in `0..<count`, on every core at once.
    static func concurrently<T: Sendable>(_ count: Int, _ work: @Sendable (Int) -> T) -> [T] {
        let results = Mutex([Int: T]())
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = work(index)
            results.withLock { $0[index] = result }
        }
        return results.withLock { results in (0..<count).map { results[$0]! } }
    }
}

import Foundation
import OctavoCore
import OctavoMarkdown
import OctavoTestSupport
import Testing

/// Real Markdown through the writer: the press-briefing and podcast transcripts in
/// `../shared/corpus/transcripts/`, and Octavo's own README and docs. Each is read as GFM,
/// written as `markdown` (with `-s`, so front matter comes back too) and read again: the two
/// models must be equal (adjacent text runs joined, see ``MarkdownRoundTrip/normalized(_:)``).
@Suite struct MarkdownRoundTripCorpusTests {
    static let transcripts = Repository.files(in: Repository.shared.appendingPathComponent("corpus/transcripts"), withExtension: "md")
    static let ownDocs = [Repository.root.appendingPathComponent("README.md")]
        + Repository.files(in: Repository.root.appendingPathComponent("docs"), withExtension: "md")

    static var options: ConversionOptions {
        var options = MarkdownRoundTrip.keepingRawHTML
        options.standalone = true
        return options
    }

    @Test func theMaterialIsThere() {
        #expect(Self.transcripts.count >= 4, "needs ../shared/corpus/transcripts")
        #expect(Self.ownDocs.count >= 10)
    }

    @Test(arguments: transcripts + ownDocs)
    func modelSurvivesTheRoundTrip(_ file: URL) throws {
        let result = try MarkdownRoundTrip.run(Data(contentsOf: file), dialect: .gfm, options: Self.options)
        #expect(result.first.metadata == result.second.metadata, "\(file.lastPathComponent): front matter differs")
        #expect(result.isModelEqual, "\(file.lastPathComponent): \(Self.firstDifference(result))")
    }

    /// Wrapped at 40 columns, the Markdown reads back to the same model with each line break a
    /// space (wrapping turns spaces into soft breaks and back), and no new block starts at a
    /// wrapped line.
    @Test(arguments: transcripts + ownDocs)
    func wrappedMarkdownSaysTheSame(_ file: URL) throws {
        var options = Self.options
        options.wrap = .column(40)
        let result = try MarkdownRoundTrip.run(Data(contentsOf: file), dialect: .gfm, options: options)
        let first = MarkdownRoundTrip.normalized(Self.softBreaksAsSpaces(result.first.blocks))
        let second = MarkdownRoundTrip.normalized(Self.softBreaksAsSpaces(result.second.blocks))
        #expect(first == second, "\(file.lastPathComponent): \(Golden.firstDifference(TreeDump.dump(Document(blocks: first)), TreeDump.dump(Document(blocks: second))))")
    }

    static func softBreaksAsSpaces(_ blocks: [Block]) -> [Block] {
        blocks.rewritten(inlines: { $0 == .softBreak ? [.text(" ")] : [$0] })
    }

    /// A second round trip writes the same bytes: the writer's output is a fixed point.
    @Test(arguments: transcripts + ownDocs)
    func writingTwiceGivesTheSameMarkdown(_ file: URL) throws {
        let first = try MarkdownRoundTrip.run(Data(contentsOf: file), dialect: .gfm, options: Self.options)
        let second = try MarkdownRoundTrip.run(Data(first.markdown.utf8), dialect: .gfm, options: Self.options)
        #expect(first.markdown == second.markdown, "\(Golden.firstDifference(first.markdown, second.markdown))")
    }

    static func firstDifference(_ result: MarkdownRoundTrip.Result) -> String {
        let a = TreeDump.dump(Document(blocks: MarkdownRoundTrip.normalized(result.first.blocks)))
        let b = TreeDump.dump(Document(blocks: MarkdownRoundTrip.normalized(result.second.blocks)))
        return Golden.firstDifference(a, b)
    }
}

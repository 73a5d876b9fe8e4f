import Foundation
import OctavoCore
import OctavoHTML
import OctavoMarkdown
import OctavoTestSupport
import Testing

/// The Markdown writer on every CommonMark 0.31.2 and GFM extension example: Markdown → model →
/// Markdown → model gives the same model (adjacent text runs joined, see
/// ``MarkdownRoundTrip/normalized(_:)``) and so the same HTML. Exceptions are listed with their
/// reason, and each is checked to still fail, so a fix shows up.
@Suite struct MarkdownRoundTripSpecTests {
    static let spec = SpecExample.load("spec.json")
    static let gfm = SpecExample.load("gfm-extensions.json")

    /// CommonMark examples whose model the writer cannot say again in CommonMark.
    static let knownCommonMarkExceptions: [Int: String] = [:]

    /// GFM extension examples whose model the writer cannot say again.
    static let knownGFMExceptions: [Int: String] = [:]

    @Test(arguments: spec)
    func commonMarkExample(_ example: SpecExample) throws {
        try check(example, dialect: .commonmark, known: Self.knownCommonMarkExceptions)
    }

    @Test(arguments: gfm)
    func gfmExtensionExample(_ example: SpecExample) throws {
        try check(example, dialect: .gfm, known: Self.knownGFMExceptions)
    }

    @Test func commonMarkRoundTripsMeetTheTarget() throws {
        try #require(Self.spec.count == 652, "spec.json not found under \(Repository.shared.path)")
        let passed = try Self.spec.filter { try Self.roundTrips($0, .commonmark) }.count
        print("round trip: CommonMark 0.31.2 \(passed)/\(Self.spec.count)")
        #expect(passed >= 640)
    }

    @Test func gfmRoundTripsMeetTheTarget() throws {
        try #require(Self.gfm.count == 54, "gfm-extensions.json not found under \(Repository.shared.path)")
        let passed = try Self.gfm.filter { try Self.roundTrips($0, .gfm) }.count
        print("round trip: GFM extensions \(passed)/\(Self.gfm.count)")
        #expect(passed >= 50)
    }

    /// Wrapped at 10 columns (a break at nearly every space), every example still reads back
    /// to the same model, each line break a space: no wrapped line starts a new block, and no
    /// break falls inside code, a destination or raw HTML.
    @Test func wrappingChangesOnlyLineBreaks() throws {
        var options = MarkdownRoundTrip.keepingRawHTML
        options.wrap = .column(10)
        var failures: [String] = []
        for (examples, dialect) in [(Self.spec, MarkdownReader.Dialect.commonmark), (Self.gfm, .gfm)] {
            for example in examples {
                let result = try MarkdownRoundTrip.run(Data(example.markdown.utf8), dialect: dialect, options: options)
                let first = MarkdownRoundTrip.normalized(Self.softBreaksAsSpaces(result.first.blocks))
                let second = MarkdownRoundTrip.normalized(Self.softBreaksAsSpaces(result.second.blocks))
                if first != second { failures.append("\(dialect) \(example.example): \(result.markdown.debugDescription)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) examples changed:\n\(failures.joined(separator: "\n"))")
    }

    static func softBreaksAsSpaces(_ blocks: [Block]) -> [Block] {
        blocks.rewritten(inlines: { $0 == .softBreak ? [.text(" ")] : [$0] })
    }

    /// Whether the example's model, written and read back, is the same model with the same HTML.
    static func roundTrips(_ example: SpecExample, _ dialect: MarkdownReader.Dialect) throws -> Bool {
        let result = try MarkdownRoundTrip.run(Data(example.markdown.utf8), dialect: dialect)
        return result.isModelEqual && html(result.first) == html(result.second)
    }

    static func html(_ document: Document) -> String {
        let context = ConversionContext(options: MarkdownRoundTrip.keepingRawHTML, environment: [:])
        return HTMLWriter().render(Book(documents: [document]), context: context)
    }

    private func check(_ example: SpecExample, dialect: MarkdownReader.Dialect, known: [Int: String]) throws {
        let result = try MarkdownRoundTrip.run(Data(example.markdown.utf8), dialect: dialect)
        let same = result.isModelEqual && Self.html(result.first) == Self.html(result.second)
        if let reason = known[example.example] {
            withKnownIssue(Comment(rawValue: reason)) { #expect(same) }
        } else {
            #expect(same, """
                example \(example.example) (\(example.section))
                markdown: \(example.markdown.debugDescription)
                written:  \(result.markdown.debugDescription)
                first:    \(TreeDump.dump(result.first).debugDescription)
                second:   \(TreeDump.dump(result.second).debugDescription)
                """)
        }
    }
}

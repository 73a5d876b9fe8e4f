import Foundation
import OctavoCore
@testable import OctavoHTML
import OctavoTestSupport
import Testing

/// The dev set of real pages with Readability's expected output (../shared/corpus/readability):
/// mean token F1 of what `octavo convert source.html -f html -t html -s` shows (the visible text of
/// the standalone page, its header with title and byline included) against `expected.html`, and
/// title agreement with `expected-metadata.json`. Prints one line per page.
@Suite struct ReadabilityConformanceTests {
    static let folder = Repository.shared.appendingPathComponent("corpus/readability")

    struct PageResult {
        var name: String
        var f1: Double
        var titleMatches: Bool
        var title: String
        var expectedTitle: String
    }

    static func pages() -> [URL] { pages(in: folder) }

    /// The news and blog pages of the article-extraction benchmark, with `expected.txt`.
    static let extractionFolder = Repository.shared.appendingPathComponent("corpus/extraction")

    /// Mean token F1 recorded on each dev folder (this suite's tokenizer, which differs from the
    /// Python scorer's in the third decimal). Raise them when extraction improves; a drop fails.
    static let recordedMeanF1 = (readability: 0.980, extraction: 0.962)

    static func pages(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("source.html").path) }
    }

    /// The standalone HTML page `octavo convert source.html -f html -t html -s` writes, and its document.
    static func convert(_ page: URL) throws -> (Document, Data) {
        let source = try InputSource.load(page.appendingPathComponent("source.html").path)
        var options = ConversionOptions()
        options.standalone = true
        let context = ConversionContext(options: options, environment: [:])
        let document = try HTMLReader().read(source, context: context)
        return (document, try HTMLWriter().write(Book(metadata: document.metadata, documents: [document]), context: context))
    }

    /// Token F1 of a benchmark page: its output's visible text against `expected.txt`.
    static func extractionF1(_ page: URL) throws -> Double {
        let output = try convert(page).1
        let expected = try String(decoding: Data(contentsOf: page.appendingPathComponent("expected.txt")), as: UTF8.self)
        return TokenF1.score(expected: TokenF1.tokens(expected), actual: TokenF1.tokens(try TokenF1.visibleText(ofHTML: output)))
    }

    static func evaluate(_ page: URL) throws -> PageResult {
        let (document, output) = try convert(page)
        let expected = try TokenF1.visibleText(ofHTML: Data(contentsOf: page.appendingPathComponent("expected.html")))
        let f1 = TokenF1.score(expected: TokenF1.tokens(expected), actual: TokenF1.tokens(try TokenF1.visibleText(ofHTML: output)))
        let metadata = try JSONSerialization.jsonObject(with: Data(contentsOf: page.appendingPathComponent("expected-metadata.json"))) as? [String: Any]
        let expectedTitle = Whitespace.collapse(metadata?["title"] as? String ?? "")
        let title = Whitespace.collapse(document.metadata.title ?? "")
        return PageResult(name: page.lastPathComponent, f1: f1, titleMatches: title == expectedTitle, title: title, expectedTitle: expectedTitle)
    }

    @Test(.enabled(if: !pages().isEmpty, "needs ../shared/corpus/readability"))
    func meanTokenF1AndTitlesMeetTheBar() throws {
        let results = try Self.pages().map(Self.evaluate)
        var report = "page                                      F1     title\n"
        for r in results {
            report += r.name.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "  %.3f  ", r.f1)
                + (r.titleMatches ? "ok" : "MISMATCH got \"\(r.title)\" want \"\(r.expectedTitle)\"") + "\n"
        }
        let meanF1 = results.map(\.f1).reduce(0, +) / Double(results.count)
        let titleShare = Double(results.filter(\.titleMatches).count) / Double(results.count)
        report += String(format: "mean F1 %.4f over %d pages; titles %d/%d (%.1f%%)\n", meanF1, results.count,
                         results.filter(\.titleMatches).count, results.count, titleShare * 100)
        print(report)
        #expect(meanF1 >= Self.recordedMeanF1.readability, "mean token F1 \(meanF1) below the recorded \(Self.recordedMeanF1.readability)")
        #expect(titleShare >= 0.9, "titles matched on \(titleShare * 100)% of pages")
    }

    @Test(.enabled(if: !pages(in: extractionFolder).isEmpty, "needs ../shared/corpus/extraction"))
    func meanTokenF1OnNewsPagesStaysAtTheRecordedValue() throws {
        let scores = try Self.pages(in: Self.extractionFolder).map(Self.extractionF1)
        let meanF1 = scores.reduce(0, +) / Double(scores.count)
        print(String(format: "extraction: mean F1 %.4f over %d pages", meanF1, scores.count))
        #expect(meanF1 >= Self.recordedMeanF1.extraction, "mean token F1 \(meanF1) below the recorded \(Self.recordedMeanF1.extraction)")
    }
}

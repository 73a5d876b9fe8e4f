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

    static func pages() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("source.html").path) }
    }

    static func evaluate(_ page: URL) throws -> PageResult {
        let source = try InputSource.load(page.appendingPathComponent("source.html").path)
        var options = ConversionOptions()
        options.standalone = true
        let context = ConversionContext(options: options, environment: [:])
        let document = try HTMLReader().read(source, context: context)
        let output = try HTMLWriter().write(Book(metadata: document.metadata, documents: [document]), context: context)
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
        #expect(meanF1 >= 0.97, "mean token F1 \(meanF1) below 0.97")
        #expect(titleShare >= 0.9, "titles matched on \(titleShare * 100)% of pages")
    }
}

import Foundation
import OctavoCore
@testable import OctavoHTML
import OctavoMarkdown
import OctavoTestSupport
import Testing

/// HTML → Markdown on the real pages of the dev set (33 Readability pages, 141 extraction
/// pages): the Markdown written from a page, rendered to HTML by cmark-gfm itself (the
/// `cmark-gfm` program with GitHub's extensions), shows the same text as Octavo's own HTML
/// output for the page: token F1 of the visible text at least 0.995 on every page.
@Suite struct HTMLToMarkdownTests {
    static let corpus = Repository.shared.appendingPathComponent("corpus")
    static let cmark = URL(fileURLWithPath: "/usr/bin/cmark-gfm")

    static func pages() -> [String] {
        ["readability", "extraction"].flatMap { folder -> [String] in
            let root = corpus.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
            return names.sorted().map { "\(folder)/\($0)" }
                .filter { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("\($0)/source.html").path) }
        }
    }

    @Test func theDevSetIsThere() {
        #expect(Self.pages().count == 33 + 141, "needs ../shared/corpus/readability and extraction")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: cmark.path), "needs cmark-gfm"), arguments: pages())
    func markdownShowsTheSameText(_ page: String) throws {
        let source = try InputSource.load(Self.corpus.appendingPathComponent("\(page)/source.html").path)
        let context = ConversionContext(options: ConversionOptions(), environment: [:])
        let document = try HTMLReader().read(source, context: context)
        let book = Book(metadata: document.metadata, documents: [document])
        let html = try HTMLWriter().write(book, context: context)
        let markdown = MarkdownWriter().render(book, context: context)
        let rendered = try CommandRunner.run(Self.cmark, ["--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink",
                                                          "-e", "tasklist", "-e", "footnotes"], stdin: Data(markdown.utf8))
        try #require(rendered.status == 0, "cmark-gfm failed: \(rendered.stderr)")
        let expected = TokenF1.tokens(try TokenF1.visibleText(ofHTML: html))
        let actual = TokenF1.tokens(try TokenF1.visibleText(ofHTML: rendered.stdout))
        let f1 = TokenF1.score(expected: expected, actual: actual)
        print(String(format: "html→markdown %@ F1 %.4f", page, f1))
        #expect(f1 >= 0.995, "\(page): token F1 \(f1)\n\(Self.difference(expected, actual))")
    }

    /// The tokens one side has more of than the other, for a readable failure.
    static func difference(_ expected: [String], _ actual: [String]) -> String {
        var counts: [String: Int] = [:]
        for token in expected { counts[token, default: 0] += 1 }
        for token in actual { counts[token, default: 0] -= 1 }
        let missing = counts.filter { $0.value > 0 }.keys.sorted().prefix(20)
        let extra = counts.filter { $0.value < 0 }.keys.sorted().prefix(20)
        return "missing: \(missing.joined(separator: " "))\nextra: \(extra.joined(separator: " "))"
    }
}

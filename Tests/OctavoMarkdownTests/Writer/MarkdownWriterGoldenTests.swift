import Foundation
import Octavo
import OctavoMarkdown
import OctavoTestSupport
import Testing

/// Representative documents through the Markdown writers, compared with the golden files in
/// `Fixtures/writer/` (`<case>.out.md`; `OCTAVO_RECORD=1` rewrites them): a web article, a
/// press-briefing transcript with speaker turns, subtitles with timestamps, tables, footnotes,
/// front matter, reference links, raw HTML under each `--raw-html` and a compilation.
@Suite struct MarkdownWriterGoldenTests {
    static let folder = Repository.fixtures("OctavoMarkdownTests").appendingPathComponent("writer")

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var inputs: [String]
        var format = "markdown"
        var configure: @Sendable (inout ConversionOptions) -> Void = { _ in }
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "article", inputs: ["article.html"]) { $0.standalone = true },
        Case(name: "article.wrap40", inputs: ["article.html"]) { $0.wrap = .column(40) },
        Case(name: "article.commonmark", inputs: ["article.html"], format: "commonmark"),
        Case(name: "briefing", inputs: ["briefing.txt"]) { $0.standalone = true },
        Case(name: "interview.timestamps", inputs: ["interview.vtt"]) { $0.keepTimestamps = true },
        Case(name: "interview", inputs: ["interview.vtt"]),
        Case(name: "tables", inputs: ["tables.md"]) { $0.rawHTML = .keep },
        Case(name: "tables.commonmark", inputs: ["tables.md"], format: "commonmark") { $0.rawHTML = .keep },
        Case(name: "footnotes", inputs: ["footnotes.md"]),
        Case(name: "footnotes.commonmark", inputs: ["footnotes.md"], format: "commonmark"),
        Case(name: "front-matter", inputs: ["front-matter.md"]) { $0.standalone = true },
        Case(name: "links.reference", inputs: ["links.md"]) { $0.referenceLinks = true },
        Case(name: "raw.keep", inputs: ["raw.md"]) { $0.rawHTML = .keep },
        Case(name: "raw.sanitize", inputs: ["raw.md"]),
        Case(name: "raw.drop", inputs: ["raw.md"]) { $0.rawHTML = .drop },
        Case(name: "compilation", inputs: ["article.html", "briefing.txt"]),
    ]

    /// The case's output, then its diagnostics as `<!-- … -->` lines (the golden records both).
    static func render(_ test: Case) async throws -> String {
        var options = ConversionOptions()
        test.configure(&options)
        let context = ConversionContext(options: options, environment: ["SOURCE_DATE_EPOCH": "0"])
        let converter = Converter()
        let inputs = try test.inputs.map { try InputSource.load(folder.appendingPathComponent($0).path) }
        let book = try await converter.read(inputs, context: context)
        var output = String(decoding: try converter.write(book, to: test.format, context: context), as: UTF8.self)
        for diagnostic in context.diagnostics where ["markdown.writer", "html.sanitize"].contains(diagnostic.source ?? "") {
            output += "<!-- \(diagnostic.severity): \(diagnostic.message) -->\n"
        }
        return output
    }

    @Test(arguments: cases)
    func outputMatchesGolden(_ test: Case) async throws {
        Golden.check(try await Self.render(test), against: Self.folder.appendingPathComponent(test.name + ".out.md"))
    }

    /// The same input and options give the same bytes.
    @Test(arguments: cases)
    func outputIsDeterministic(_ test: Case) async throws {
        let first = try await Self.render(test), second = try await Self.render(test)
        #expect(first == second)
    }
}

import Foundation
import OctavoCore
import OctavoHTML
import OctavoMarkdown
import Testing

/// Every spec example, written as the CLI writes it by default (raw HTML sanitized) and as
/// XHTML (sanitized, and kept-but-re-serialized), parses without errors under xmllint. The
/// examples are the nastiest small inputs there are: unclosed raw tags, stray end tags,
/// entities, control characters.
@Suite struct SpecValidityTests {
    static let cases: [(xhtml: Bool, raw: ConversionOptions.RawHTMLPolicy)] = [(false, .sanitize), (true, .sanitize), (true, .keep)]

    @Test(arguments: 0..<cases.count)
    func everyExampleIsValid(_ index: Int) throws {
        let (xhtml, raw) = Self.cases[index]
        let examples = CommonMarkConformanceTests.spec + CommonMarkConformanceTests.gfm
        try #require(!examples.isEmpty)
        var options = ConversionOptions()
        options.rawHTML = raw
        var combined = ""
        for example in examples {
            let context = ConversionContext(options: options, environment: [:])
            let document = try MarkdownReader(dialect: .gfm).read(InputSource(data: Data(example.markdown.utf8)), context: context)
            combined += "<div class=\"example-\(example.example)\">\n"
            combined += HTMLWriter(xhtml: xhtml).render(Book(documents: [document]), context: context)
            combined += "</div>\n"
        }
        // Several examples use the same id in their raw HTML; together they repeat it, alone they do not.
        let errors = try (xhtml ? XMLLint.xmlErrors(combined) : XMLLint.htmlErrors(combined))
            .filter { !$0.contains("already defined") }
        #expect(errors.isEmpty, "\(errors.prefix(6).joined(separator: "\n"))")
    }
}

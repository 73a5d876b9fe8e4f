import Foundation
import OctavoCore
import OctavoHTML
import OctavoMarkdown
import OctavoTestSupport
import Testing

/// One example of a spec file in `../shared/corpus/commonmark/`.
struct SpecExample: Decodable, Sendable, CustomTestStringConvertible {
    var example: Int
    var section: String
    var markdown: String
    var html: String

    var testDescription: String { "#\(example) \(section)" }

    /// The examples of `file` (`spec.json`, `gfm-extensions.json`).
    static func load(_ file: String) -> [SpecExample] {
        let url = Repository.shared.appendingPathComponent("corpus/commonmark/\(file)")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([SpecExample].self, from: data)) ?? []
    }

    /// Whether upstream only asks that the example does not crash.
    var isIgnored: Bool { html.trimmingCharacters(in: .whitespacesAndNewlines) == "<IGNORE>" }

    /// The example through the Markdown reader and the HTML writer, with raw HTML kept
    /// (what `octavo convert - -f <dialect> -t html --raw-html keep` does).
    func render(_ dialect: MarkdownReader.Dialect) throws -> String {
        var options = ConversionOptions()
        options.rawHTML = .keep
        let context = ConversionContext(options: options, environment: [:])
        let document = try MarkdownReader(dialect: dialect).read(InputSource(data: Data(markdown.utf8)), context: context)
        return HTMLWriter().render(Book(documents: [document]), context: context)
    }

    /// Whether the rendering equals the expected HTML after normalization.
    func passes(_ dialect: MarkdownReader.Dialect) throws -> Bool {
        let actual = try render(dialect)
        return isIgnored || HTMLNormalizer.normalize(actual) == HTMLNormalizer.normalize(html)
    }
}

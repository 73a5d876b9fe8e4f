import Foundation
import OctavoCore
import OctavoMarkdown
import OctavoTestSupport
import Testing

/// Every `Fixtures/<case>.md` read as GFM must dump (TreeDump, then its diagnostics) exactly
/// as `Fixtures/<case>.tree`, and survive a JSON round trip unchanged.
@Suite struct MarkdownReaderGoldenTests {
    static let fixtures = Repository.fixtures("OctavoMarkdownTests")
    static let cases = Repository.files(in: fixtures, withExtension: "md").map { $0.deletingPathExtension().lastPathComponent }

    static func read(_ name: String) throws -> (Document, [Diagnostic]) {
        let url = fixtures.appendingPathComponent(name + ".md")
        let context = ConversionContext(options: .init(), environment: [:])
        let input = InputSource(data: try Data(contentsOf: url), path: name + ".md")
        let document = try MarkdownReader().read(input, context: context)
        return (document, context.diagnostics)
    }

    @Test func thereAreFixtures() {
        #expect(Self.cases.count >= 15)
    }

    @Test(arguments: cases)
    func treeMatchesGolden(_ name: String) throws {
        let (document, diagnostics) = try Self.read(name)
        var dump = TreeDump.dump(document)
        for diagnostic in diagnostics { dump += "diagnostic \(diagnostic.description)\n" }
        Golden.check(dump, against: Self.fixtures.appendingPathComponent(name + ".tree"))
    }

    @Test(arguments: cases)
    func modelSurvivesJSONRoundTrip(_ name: String) throws {
        let (document, _) = try Self.read(name)
        #expect(try ModelJSON.decodeDocument(ModelJSON.encode(document)) == document)
        #expect(try ModelJSON.decodeDocument(ModelJSON.encode(document, pretty: false)) == document)
    }
}

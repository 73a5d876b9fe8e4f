import Foundation
import OctavoCore
@testable import OctavoHTML
import OctavoTestSupport
import Testing

/// `Fixtures/reader/<case>.html` read with default options → `<case>.tree` (TreeDump).
@Suite struct HTMLReaderGoldenTests {
    static let folder = ReaderHarness.fixtures.appendingPathComponent("reader")
    static let cases = Repository.files(in: folder, withExtension: "html").map { $0.deletingPathExtension().lastPathComponent }

    @Test(arguments: cases)
    func readerGolden(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".html"))
        let (document, _) = try ReaderHarness.read(data, path: name + ".html")
        Golden.check(TreeDump.dump(document), against: Self.folder.appendingPathComponent(name + ".tree"))
    }

    @Test func readingIsDeterministic() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("extraction-page.html"))
        let first = try ReaderHarness.read(data).0, second = try ReaderHarness.read(data).0
        #expect(first == second)
    }
}

import Foundation
import OctavoCore
@testable import OctavoEPUB
import OctavoTestSupport
import Testing

/// Writes books, reads them back and runs epubcheck on them.
enum EPUBTestKit {
    /// 2023-11-14T22:13:20Z.
    static let fixedDate = Date(timeIntervalSince1970: 1_700_000_000)

    static func context(_ configure: (inout ConversionOptions) -> Void = { _ in }) -> ConversionContext {
        var options = ConversionOptions()
        configure(&options)
        return ConversionContext(options: options, date: fixedDate)
    }

    /// The EPUB for `book`, and the context it was written with (for its diagnostics).
    static func write(_ book: Book, _ configure: (inout ConversionOptions) -> Void = { _ in }) throws -> (Data, ConversionContext) {
        let context = context(configure)
        return (try EPUBWriter().write(book, context: context), context)
    }

    /// The entries of an EPUB by name, in archive order.
    static func entries(_ epub: Data) throws -> [ZipReader.Entry] { try ZipReader.entries(of: epub) }

    static func text(_ name: String, in entries: [ZipReader.Entry]) -> String {
        entries.first { $0.name == name }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
    }

    /// Runs epubcheck on `epub` and records an issue unless it reports nothing at all.
    static func expectClean(_ epub: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard EPUBCheck.isAvailable else {
            Issue.record("epubcheck is not installed: run 'make deps'", sourceLocation: sourceLocation)
            return
        }
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name + ".epub")
        try epub.write(to: url)
        let report = try EPUBCheck.check(url)
        #expect(report.isClean, "epubcheck on \(name): \(report.output)", sourceLocation: sourceLocation)
    }

    // Small valid images.
    static let png = TestPNG.solid(red: 0x33, green: 0x66, blue: 0x99)
    static let otherPNG = TestPNG.solid(red: 0xCC, green: 0x33, blue: 0x00)
    static let gifBase64 = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    static let svg = Data("""
    <?xml version="1.0" encoding="UTF-8"?>
    <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><rect width="10" height="10" fill="#336"/></svg>
    """.utf8)
}

/// Short builders for model values.
enum M {
    static func p(_ text: String) -> Block { .paragraph([.text(text)]) }
    static func h(_ level: Int, _ text: String, id: String? = nil) -> Block {
        .heading(Heading(level: level, content: [.text(text)], attributes: Attributes(id: id)))
    }
    static func img(_ source: String, alt: String) -> Inline {
        .image(Image(source: source, alt: alt.isEmpty ? [] : [.text(alt)]))
    }
    static func bullets(_ items: [[Block]]) -> Block {
        .list(ListBlock(kind: .bullet, items: items.map { ListBlock.Item(blocks: $0) }))
    }
}

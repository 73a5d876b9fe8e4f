import Foundation
import OctavoCore
@testable import OctavoEPUB
import OctavoTestSupport
import Testing

/// The same book and date give the same bytes; the zip times are the date's UTC fields.
@Suite struct ReproducibilityTests {
    private static func book(in folder: URL) throws -> Book {
        try EPUBTestKit.png.write(to: folder.appendingPathComponent("a.png"))
        let documents = (1...5).map { n in
            Document(metadata: Metadata(title: "Part \(n)", language: "fr"),
                     blocks: [M.h(1, "Part \(n)"), .paragraph([.text("Texte \(n) "), M.img("a.png", alt: "image"),
                                                              .footnote(Footnote(blocks: [M.p("note \(n)")]))])],
                     sourcePath: folder.appendingPathComponent("part\(n).md").path)
        }
        return Book(metadata: Metadata(title: "Livre", authors: ["Anne"]), documents: documents)
    }

    @Test func sameBookTwiceGivesIdenticalBytes() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Self.book(in: folder)
        let first = try EPUBTestKit.write(book).0
        let second = try EPUBTestKit.write(book).0
        #expect(first == second)
        let later = try EPUBWriter().write(book, context: ConversionContext(date: Date(timeIntervalSince1970: 1_800_000_000)))
        #expect(later != first, "the date is part of the book")
        let opf = { (epub: Data) in EPUBTestKit.text("EPUB/content.opf", in: try EPUBTestKit.entries(epub)) }
        let identifier = { (text: String) in text.components(separatedBy: "<dc:identifier id=\"book-id\">")[1].prefix(45) }
        #expect(identifier(try opf(first)) == identifier(try opf(later)), "the content-derived identifier ignores the date")
        #expect(identifier(try opf(first)).hasPrefix("urn:uuid:"))
        try EPUBTestKit.expectClean(first, named: "reproducible")
    }

    @Test func zipTimesAreTheUTCFieldsOfTheDate() throws {
        let epub = try EPUBTestKit.write(Book(metadata: Metadata(title: "T", language: "en"), documents: [Document(blocks: [M.p("x")])])).0
        // The first local header (mimetype): time at offset 10, date at 12, little-endian.
        let bytes = [UInt8](epub.prefix(14))
        let time = UInt16(bytes[10]) | UInt16(bytes[11]) << 8
        let date = UInt16(bytes[12]) | UInt16(bytes[13]) << 8
        let expected = DOSDateTime(year: 2023, month: 11, day: 14, hour: 22, minute: 13, second: 20)
        #expect(time == expected.time)
        #expect(date == expected.date)
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0, "mimetype is stored")
        // No extra field on mimetype: name length 8 at 26, extra length 0 at 28.
        let header = [UInt8](epub.prefix(38))
        #expect(header[26] == 8 && header[28] == 0 && header[29] == 0)
        #expect(String(decoding: header[30..<38], as: UTF8.self) == "mimetype")
    }

    @Test func givenIdentifierIsKept() throws {
        let book = Book(metadata: Metadata(title: "T", language: "en", identifier: "isbn:9780000000001"), documents: [Document(blocks: [M.p("x")])])
        let entries = try EPUBTestKit.entries(EPUBTestKit.write(book).0)
        #expect(EPUBTestKit.text("EPUB/content.opf", in: entries).contains(">isbn:9780000000001</dc:identifier>"))
        #expect(EPUBTestKit.text("EPUB/toc.ncx", in: entries).contains("content=\"isbn:9780000000001\""))
    }
}

/// The zip layer on its own.
@Suite struct ZipWriterTests {
    private static let entries: [ZipEntry] = [
        ZipEntry("mimetype", Data("application/epub+zip".utf8), compression: .stored),
        ZipEntry("a/large.txt", Data(String(repeating: "Lorem ipsum dolor sit amet. ", count: 2000).utf8)),
        ZipEntry("a/small.txt", Data("small".utf8)),
        ZipEntry("a/empty.txt", Data()),
        ZipEntry("b/ünïcode.bin", Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }), compression: .stored),
    ]

    @Test func entriesReadBackInOrderAndTheBytesRepeat() throws {
        let time = DOSDateTime(year: 2024, month: 2, day: 29, hour: 12, minute: 0, second: 0)
        let archive = try ZipWriter.archive(Self.entries, modified: time)
        #expect(archive == (try ZipWriter.archive(Self.entries, modified: time)))
        let read = try ZipReader.entries(of: archive)
        #expect(read.map(\.name) == Self.entries.map(\.name))
        #expect(read.map(\.data) == Self.entries.map(\.data))
        #expect(read.map(\.isStored) == [true, false, false, false, true])
        #expect(archive.count < 10_000, "the large text is compressed")
    }

    @Test func garbageIsNotAnArchive() {
        #expect(throws: OctavoError.self) { try ZipReader.entries(of: Data("not a zip".utf8)) }
    }
}

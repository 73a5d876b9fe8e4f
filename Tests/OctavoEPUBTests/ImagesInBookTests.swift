import Foundation
import OctavoCore
@testable import OctavoEPUB
@testable import OctavoImages
import OctavoTestSupport
import Testing

/// Images as a reader gets them: converted to core types, scaled, stripped, stored once; bad
/// images dropped with a warning and their alt text; a cover in every book that wants one.
@Suite struct ImagesInBookTests {
    /// A compilation of two articles whose folder holds pictures good and bad.
    private static func book(in folder: URL) throws -> Book {
        func put(_ name: String, _ data: Data) throws { try data.write(to: folder.appendingPathComponent(name)) }
        try put("photo.tif", try SampleImage.gradient(width: 3000, height: 2000, as: ".tif"))
        try put("photo.avif", try SampleImage.gradient(width: 800, height: 600, as: ".avif"))
        try put("located.jpg", try TestPictures.jpeg(width: 640, height: 480, orientation: 1, gps: true))
        try put("plain.jpg", try TestPictures.jpeg(width: 640, height: 480, orientation: 1, gps: false))
        try put("bomb.png", try TestPictures.pngBomb(width: 50_000, height: 50_000))
        let jpeg = try SampleImage.gradient(width: 400, height: 300, as: ".jpg")
        try put("truncated.jpg", jpeg.prefix(jpeg.count / 2))
        try put("lying.png", jpeg)
        try put("evil.svg", Data(#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.utf8))
        let first = Document(metadata: Metadata(title: "Rivers"), blocks: [
            .heading(Heading(level: 1, content: [.text("Rivers")])),
            .paragraph([M.img("photo.tif", alt: "a large TIFF"), M.img("photo.avif", alt: "an AVIF")]),
            .paragraph([M.img("located.jpg", alt: "with GPS"), M.img("bomb.png", alt: "the bomb")]),
        ], sourcePath: folder.appendingPathComponent("rivers.md").path)
        let second = Document(metadata: Metadata(title: "Deltas"), blocks: [
            .heading(Heading(level: 1, content: [.text("Deltas")])),
            .paragraph([M.img("plain.jpg", alt: "the same photo"), M.img("truncated.jpg", alt: "half a photo")]),
            .paragraph([M.img("lying.png", alt: "a JPEG named png"), M.img("evil.svg", alt: "scripted")]),
        ], sourcePath: folder.appendingPathComponent("deltas.md").path)
        return Book(metadata: Metadata(title: "Water", authors: ["A. Writer"], language: "en"), documents: [first, second])
    }

    @Test func everyImageIsFitForAReader() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (epub, context) = try EPUBTestKit.write(try Self.book(in: folder))
        let entries = try EPUBTestKit.entries(epub)
        let images = entries.filter { $0.name.hasPrefix("EPUB/images/") }
        // The cover, the TIFF, the AVIF, one JPEG for the two that differ only in EXIF, the lying PNG.
        #expect(images.count == 5, "\(images.map(\.name))")
        for image in images {
            let header = try VipsCodec.header(of: image.data)
            #expect(header.width <= 1600 && header.height <= 2400, "\(image.name)")
            #expect(header.metadataFields.isEmpty, "\(image.name): \(header.metadataFields)")
            #expect([.jpeg, .png].contains(ImageMediaType.sniff(image.data)), "\(image.name)")
        }
        let opf = EPUBTestKit.text("EPUB/content.opf", in: entries)
        #expect(opf.contains(#"media-type="image/png" properties="cover-image""#))
        #expect(!opf.contains("image/tiff") && !opf.contains("image/avif"))
        let messages = context.diagnostics.filter { $0.severity == .warning }.map(\.message).joined(separator: "\n")
        for bad in ["bomb.png", "truncated.jpg", "evil.svg"] {
            #expect(messages.contains("image \(bad) not embedded"), "\(bad): \(messages)")
        }
        #expect(messages.contains("50000x50000 pixels"))
        let chapters = entries.filter { $0.name.hasPrefix("EPUB/chapter-") }.map { String(decoding: $0.data, as: UTF8.self) }.joined()
        #expect(chapters.contains("[the bomb]") && chapters.contains("[half a photo]") && chapters.contains("[scripted]"))
        try EPUBTestKit.expectClean(epub, named: "images")
        if let folder = ProcessInfo.processInfo.environment["OCTAVO_COVER_DIR"] {
            try epub.write(to: URL(fileURLWithPath: folder).appendingPathComponent("images.epub"))
        }
    }

    @Test func theSameBookGivesTheSameBytes() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Self.book(in: folder)
        #expect(try EPUBTestKit.write(book).0 == EPUBTestKit.write(book).0)
    }

    @Test func imagesNormalisedAheadGiveTheSameBookAndWarnings() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Self.book(in: folder)
        let (plain, plainContext) = try EPUBTestKit.write(book)
        let context = EPUBTestKit.context { _ in }
        let sources = PreparedImages.sources(in: book, options: context.options)
        #expect(sources.map(\.reference) == ["photo.tif", "photo.avif", "located.jpg", "bomb.png",
                                              "plain.jpg", "truncated.jpg", "lying.png", "evil.svg"])
        var writer = EPUBWriter()
        writer.preparedImages = PreparedImages(sources: sources, results: sources.map {
            PreparedImages.normalize($0, options: context.options)
        })
        #expect(try writer.write(book, context: context) == plain)
        #expect(context.diagnostics.map(\.message) == plainContext.diagnostics.map(\.message))
    }

    @Test func aGivenCoverIsNormalisedAndNoCoverMeansNone() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let coverPath = folder.appendingPathComponent("cover.heic")
        try SampleImage.gradient(width: 2000, height: 3000, as: ".heic").write(to: coverPath)
        let book = Book(metadata: Metadata(title: "Covered", language: "en"), documents: [Document(blocks: [M.p("Text.")])])
        let (given, _) = try EPUBTestKit.write(book) { $0.cover = coverPath.path }
        let givenEntries = try EPUBTestKit.entries(given)
        let cover = try #require(givenEntries.first { $0.name.hasPrefix("EPUB/images/") })
        #expect(cover.name.hasSuffix(".jpg"))
        let header = try VipsCodec.header(of: cover.data)
        #expect(header.width == 1600 && header.height == 2400)
        #expect(EPUBTestKit.text("EPUB/content.opf", in: givenEntries).contains(#"properties="cover-image""#))
        try EPUBTestKit.expectClean(given, named: "given-cover")

        let (none, _) = try EPUBTestKit.write(book) {
            $0.cover = coverPath.path
            $0.images.cover = .none
        }
        let noneEntries = try EPUBTestKit.entries(none)
        #expect(!noneEntries.contains { $0.name.hasPrefix("EPUB/images/") })
        #expect(!EPUBTestKit.text("EPUB/content.opf", in: noneEntries).contains("cover-image"))
        try EPUBTestKit.expectClean(none, named: "no-cover")
    }
}

import Foundation
import Octavo
import OctavoImages
import OctavoTestSupport
import Testing

/// With a cache folder (`--cache`), the converter keeps normalised images and the drawn cover
/// there: a second run reads them instead of making them again, a damaged entry is made again,
/// other image options make other entries, and the book is byte for byte the uncached one.
@Suite struct ImageCacheWriteTests {
    /// Three articles, two of them showing the same JPEG, one a PNG: two pictures to normalise.
    private func book(in folder: URL) throws -> Book {
        try SampleImage.gradient(width: 1900, height: 1300, as: ".jpg").write(to: folder.appendingPathComponent("shared.jpg"))
        try SampleImage.gradient(width: 300, height: 200, as: ".png").write(to: folder.appendingPathComponent("chart.png"))
        let documents = ["shared.jpg", "chart.png", "shared.jpg"].enumerated().map { n, picture in
            Document(metadata: Metadata(title: "Article \(n)"), blocks: [
                .paragraph([.text("Picture \(n):"), .image(Image(source: picture, alt: [.text("picture \(n)")]))]),
            ], sourcePath: folder.appendingPathComponent("article-\(n).md").path)
        }
        return Book(metadata: Metadata(title: "Pictures", language: "en"), documents: documents)
    }

    private func write(_ book: Book, cache: URL?, quality: Int = 85) async throws -> Data {
        var options = ConversionOptions()
        options.fetch.cacheFolder = cache?.path
        options.images.jpegQuality = quality
        let context = ConversionContext(options: options, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        let converter = Converter()
        return try await converter.write(book, with: try converter.writer(named: "epub", outputPath: nil), context: context)
    }

    private func entries(_ cache: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: cache, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "image" }.sorted { $0.path < $1.path }
    }

    @Test func theCachedBookIsTheUncachedOneAndTheSecondRunReadsTheCache() async throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache")
        let book = try book(in: folder)

        let uncached = try await write(book, cache: nil)
        let filling = try await write(book, cache: cache)
        #expect(filling == uncached)
        // The JPEG shown twice is kept once: two pictures and the cover.
        let kept = try entries(cache)
        #expect(kept.count == 3)
        let cached = try await write(book, cache: cache)
        #expect(cached == uncached)
        let path = folder.appendingPathComponent("book.epub")
        try cached.write(to: path)
        let report = try EPUBCheck.check(path)
        #expect(report.isClean, "\(report.output)")

        // An entry swapped for another well-formed one is what the next book holds: it was read, not made.
        let contents = try kept.map { try Data(contentsOf: $0) }
        try contents[1].write(to: kept[0])
        try contents[0].write(to: kept[1])
        #expect(try await write(book, cache: cache) != uncached)
        try contents[0].write(to: kept[0])
        try contents[1].write(to: kept[1])
        #expect(try await write(book, cache: cache) == uncached)
    }

    @Test func aDamagedEntryIsMadeAgainAndReplaced() async throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache")
        let book = try book(in: folder)
        let uncached = try await write(book, cache: cache)
        let kept = try entries(cache)
        let good = try kept.map { try Data(contentsOf: $0) }

        // One entry cut short, one with a flipped byte in its picture, one that is not an entry at all.
        try good[0].prefix(good[0].count - 10).write(to: kept[0])
        var flipped = good[1]
        flipped[flipped.count - 1] ^= 0xFF
        try flipped.write(to: kept[1])
        try Data("not an image entry".utf8).write(to: kept[2])
        #expect(try await write(book, cache: cache) == uncached)
        #expect(try kept.map { try Data(contentsOf: $0) } == good)
    }

    @Test func otherImageOptionsMakeOtherEntries() async throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache")
        let book = try book(in: folder)
        _ = try await write(book, cache: cache)
        let before = Set(try entries(cache))
        let lower = try await write(book, cache: cache, quality: 40)
        let added = Set(try entries(cache)).subtracting(before)
        // Both pictures are new entries under the other options; the cover does not depend on them.
        #expect(added.count == 2)
        #expect(lower == (try await write(book, cache: nil, quality: 40)))
    }
}

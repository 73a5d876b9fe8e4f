import Foundation
import Octavo
import OctavoImages
import OctavoTestSupport
import Testing

/// The converter normalises an EPUB's images on all cores before the writer runs; the book is
/// byte for byte the one the single-threaded writer makes alone.
@Suite struct ParallelImagesWriteTests {
    @Test func theParallelWriteGivesTheSameEPUBAsTheSequentialOne() async throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var documents: [Document] = []
        for n in 0..<6 {
            let name = "picture-\(n).\(n % 2 == 0 ? "jpg" : "png")"
            try SampleImage.gradient(width: 1800 + 100 * n, height: 1200, as: "." + (n % 2 == 0 ? "jpg" : "png"))
                .write(to: folder.appendingPathComponent(name))
            documents.append(Document(metadata: Metadata(title: "Article \(n)"), blocks: [
                .paragraph([.text("Picture \(n):"), .image(Image(source: name, alt: [.text("picture \(n)")]))]),
                .paragraph([.image(Image(source: "missing-\(n).png", alt: [.text("gone")]))]),
            ], sourcePath: folder.appendingPathComponent("article-\(n).md").path))
        }
        let book = Book(metadata: Metadata(title: "Pictures", language: "en"), documents: documents)
        let converter = Converter()
        let writer = try converter.writer(named: "epub", outputPath: nil)
        let parallel = ConversionContext(environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        let sequential = ConversionContext(environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        let fast = try await converter.write(book, with: writer, context: parallel)
        let sequentialWrite = { try converter.write(book, with: writer, context: sequential) }
        let slow = try sequentialWrite()
        #expect(fast == slow)
        #expect(parallel.diagnostics.map(\.message) == sequential.diagnostics.map(\.message))
        #expect(parallel.diagnostics.filter { $0.message.contains("not embedded") }.count == 6)
        let path = folder.appendingPathComponent("book.epub")
        try fast.write(to: path)
        let report = try EPUBCheck.check(path)
        #expect(report.isClean, "\(report.output)")
    }
}

import Foundation
@testable import OctavoImages
import Testing

@Suite struct CoverPainterTests {
    static let compilation = CoverText(
        title: "Readings on Rivers & <Deltas>", authors: ["Ada Lovelace", "Émile Zola"],
        articleTitles: (1...20).map { "Article number \($0): on the flow of water through the plains" })

    @Test func aCompilationCoverIsAPNGOfTheCoverSize() throws {
        let cover = try CoverPainter.png(Self.compilation).get()
        #expect(cover.mediaType == .png)
        #expect(ImageMediaType.sniff(cover.data) == .png)
        let header = try VipsCodec.header(of: cover.data)
        #expect(header.width == 1600 && header.height == 2400)
        if let folder = ProcessInfo.processInfo.environment["OCTAVO_COVER_DIR"] {
            try cover.data.write(to: URL(fileURLWithPath: folder).appendingPathComponent("compilation-cover.png"))
        }
    }

    @Test func theSameTextGivesTheSameBytesAndOtherTextOthers() throws {
        let one = try CoverPainter.png(CoverText(title: "A Single Essay", authors: ["Someone"])).get()
        let again = try CoverPainter.png(CoverText(title: "A Single Essay", authors: ["Someone"])).get()
        let other = try CoverPainter.png(CoverText(title: "Another Essay", authors: ["Someone"])).get()
        #expect(one == again)
        #expect(one != other)
    }

    @Test func aVeryLongTitleStillFits() throws {
        let title = Array(repeating: "Unreasonably long title words", count: 30).joined(separator: " ")
        let cover = try CoverPainter.png(CoverText(title: title)).get()
        let header = try VipsCodec.header(of: cover.data)
        #expect(header.width == 1600 && header.height == 2400)
    }

    @Test func markupCharactersAreEscaped() {
        #expect(CoverPainter.pango("a & <b>") == "a &amp; &lt;b&gt;")
    }
}

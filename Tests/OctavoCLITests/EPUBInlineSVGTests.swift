import Foundation
import OctavoTestSupport
import Testing

/// A web page's inline SVG chart in a book: kept, sanitised, declared in the package
/// (`properties="svg"`), and valid for epubcheck; a hostile drawing comes out clean; the same
/// chart twice keeps its references (`url(#g)`, `xlink:href`, `aria-labelledby`) on its own
/// ids, which the book makes unique.
@Suite struct EPUBInlineSVGTests {
    static let chart = """
    <!doctype html><html lang="en"><head><title>Quarterly sales</title></head><body><nav><a href="/">Home</a></nav><article>
    <h1>Quarterly sales</h1><p>The chart below shows sales, by quarter, over the last year of trading at the shop.</p>
    <figure><svg viewBox="0 0 200 100" width="200" height="100" role="img" aria-labelledby="t1"><title id="t1">Sales by quarter</title>
    <defs><linearGradient id="g1" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#36c"/><stop offset="1" stop-color="#039"/></linearGradient></defs>
    <g fill="url(#g1)"><rect id="bar1" x="10" y="40" width="30" height="60"/><rect x="60" y="20" width="30" height="80"/></g>
    <path d="M10 90 L190 10" stroke="black" stroke-width="2" fill="none"/><text x="100" y="95" text-anchor="middle">Q1 to Q4</text>
    <use xlink:href="#bar1" x="100"/></svg><figcaption>Sales by quarter, 2019.</figcaption></figure>
    <p>Sales rose in every quarter, with the strongest growth, by far, in the third of them.</p></article></body></html>
    """

    static let hostile = """
    <!doctype html><html lang="en"><head><title>A hostile drawing</title></head><body><nav><a href="/">Home</a></nav><article>
    <p>The drawing below was made to attack its readers, with scripts, handlers and remote references.</p>
    <svg viewBox="0 0 300 200" width="300" height="200" onload="alert(1)"><script>alert(2)</script>
    <foreignObject width="10" height="10"><div onclick="x()">inner html</div></foreignObject>
    <a href="javascript:alert(3)"><circle cx="5" cy="5" r="4" onmouseover="alert(4)" fill="url(http://evil.example/x.svg#p)"/></a>
    <image href="http://evil.example/track.png" width="5" height="5"/><image xlink:href="javascript:alert(5)" width="5" height="5"/>
    <use href="http://evil.example/sprite.svg#icon"/><set attributeName="href" to="javascript:alert(6)"/></svg>
    <p>The paragraph after the drawing, which stays as it was written by its author.</p></article></body></html>
    """

    @Test func inlineSVGChartMakesACleanBook() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.chart.utf8).write(to: folder.appendingPathComponent("chart.html"))
        try Data(Self.hostile.utf8).write(to: folder.appendingPathComponent("hostile.html"))
        try Data(Self.chart.utf8).write(to: folder.appendingPathComponent("again.html"))
        let result = try CommandRunner.octavo(["convert", "chart.html", "hostile.html", "again.html", "-o", "svg.epub", "--title", "Drawings"],
                                              environment: ["SOURCE_DATE_EPOCH": "1700000000"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let book = folder.appendingPathComponent("svg.epub")
        let report = try EPUBCheck.check(book)
        #expect(report.isClean, "\(report.output.prefix(4000))")

        let listing = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/unzip"), ["-p", book.path, "EPUB/content.opf", "EPUB/chapter-001.xhtml", "EPUB/chapter-002.xhtml"])
        let text = listing.stdoutText
        #expect(text.contains(#"href="chapter-001.xhtml" media-type="application/xhtml+xml" properties="svg""#))
        #expect(text.contains(#"href="chapter-002.xhtml" media-type="application/xhtml+xml" properties="svg""#))
        #expect(text.contains(#"viewBox="0 0 200 100""#))
        #expect(text.contains("<linearGradient"))
        #expect(text.contains(#"<circle cx="5" cy="5" r="4"/>"#) || text.contains(#"<circle cx="5" cy="5" r="4"></circle>"#))
        let again = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/unzip"), ["-p", book.path, "EPUB/chapter-003.xhtml"]).stdoutText
        #expect(again.contains(#"<linearGradient id="g1-2""#), "\(again)")
        #expect(again.contains(##"fill="url(#g1-2)""##))
        #expect(again.contains(##"xlink:href="#bar1-2""##))
        #expect(again.contains(#"aria-labelledby="t1-2""#))
        for word in ["<script", "onload", "onclick", "onmouseover", "foreignobject", "inner html", "javascript:", "evil.example", "<set"] {
            #expect(!text.lowercased().contains(word), "\(word) survived")
        }
    }
}

import Foundation
import OctavoCore
@testable import OctavoHTML
import Testing

/// Inline SVG from web pages: the reader keeps drawings and leaves out interface icons; the
/// writers' sanitiser keeps drawing markup in SVG's spelling and nothing that runs or fetches.
@Suite struct InlineSVGTests {
    static let chart = """
    <svg viewBox="0 0 200 100" width="200" height="100" role="img" aria-labelledby="t1"><title id="t1">Sales by quarter</title>
    <defs><linearGradient id="g1" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#36c"/><stop offset="1" stop-color="#039"/></linearGradient></defs>
    <g fill="url(#g1)"><rect id="bar1" x="10" y="40" width="30" height="60"/><rect x="60" y="20" width="30" height="80"/></g>
    <path d="M10 90 L190 10" stroke="black" stroke-width="2" fill="none"/><text x="100" y="95" text-anchor="middle">Q1 to Q4</text>
    <use xlink:href="#bar1" x="100"/></svg>
    """

    static let hostile = """
    <svg viewBox="0 0 300 200" width="300" height="200" onload="alert(1)"><script>alert(2)</script>
    <foreignObject width="10" height="10"><div onclick="x()">inner html</div></foreignObject>
    <a href="javascript:alert(3)"><circle cx="5" cy="5" r="4" onmouseover="alert(4)" fill="url(http://evil.example/x.svg#p)"/></a>
    <image href="http://evil.example/track.png" width="5" height="5"/><image xlink:href="javascript:alert(5)" width="5" height="5"/>
    <use href="http://evil.example/sprite.svg#icon"/><set attributeName="href" to="javascript:alert(6)"/>
    <animate attributeName="href" values="javascript:alert(7)"/><style>@import url(http://evil.example/a.css);</style>
    <rect width="2" height="2" style="fill:url(http://evil.example/)"/></svg>
    """

    static let banned = ["<script", "onload", "onclick", "onmouseover", "foreignobject", "inner html", "javascript:",
                         "evil.example", "<set", "<animate", "<style", "style="]

    static func page(_ drawing: String) -> String {
        let prose = "<p>Sales rose in every quarter of the year, with the strongest growth, by far, in the third.</p>"
        return "<!doctype html><html><head><title>Chart</title></head><body><nav><a href='/'>Home</a></nav><article>\(prose)<figure>\(drawing)</figure>\(prose)</article></body></html>"
    }

    /// The raw HTML pieces of `blocks`, in paragraphs, plain blocks and figures.
    static func raws(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case let .paragraph(inlines), let .plain(inlines):
                return inlines.compactMap { inline in
                    if case let .raw(_, text) = inline { return text }
                    return nil
                }
            case let .raw(_, text): return [text]
            case let .figure(figure): return raws(figure.content)
            default: return []
            }
        }
    }

    @Test func readerKeepsAChartAndLeavesOutIcons() throws {
        let icon = #"<svg width="24" height="24" viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg>"#
        let sprite = ##"<svg class="icon" viewBox="0 0 400 400"><use href="#share"/></svg>"##
        let document = try ReaderHarness.read(Self.page(Self.chart + icon + sprite), extraction: .on).0
        let raws = Self.raws(document.blocks)
        #expect(raws.count == 1, "\(raws)")
        let svg = try #require(raws.first)
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.contains(#"viewBox="0 0 200 100""#))
        #expect(svg.contains("<linearGradient"))
        #expect(svg.contains("Sales by quarter"), "the drawing's own title stays with it")
        #expect(!svg.contains("M0 0h24v24H0z"))
    }

    @Test func sanitizerKeepsDrawingMarkupInSVGSpelling() throws {
        for xhtml in [false, true] {
            let clean = HTMLSanitizer.sanitize(Self.chart, policy: .safe, phrasingOnly: true, xhtml: xhtml, maxDepth: 256, context: nil)
            #expect(clean.contains(#"<svg aria-labelledby="t1" height="100" role="img" viewBox="0 0 200 100" width="200" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">"#), "\(clean)")
            #expect(clean.contains(##"<linearGradient id="g1" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="#36c"></stop>"##))
            #expect(clean.contains(#"<g fill="url(#g1)">"#))
            #expect(clean.contains(#"<title id="t1">Sales by quarter</title>"#))
            #expect(clean.contains(##"<use x="100" xlink:href="#bar1"></use>"##))
            try XMLLint.expectValid(clean, xhtml: xhtml)
        }
    }

    @Test func hostileSVGComesOutClean() throws {
        for xhtml in [false, true] {
            let context = ConversionContext(options: ConversionOptions(), environment: [:])
            let clean = HTMLSanitizer.sanitize(Self.hostile, policy: .safe, phrasingOnly: true, xhtml: xhtml, maxDepth: 256, context: context)
            for word in Self.banned { #expect(!clean.lowercased().contains(word), "\(word) survived in \(clean)") }
            #expect(clean.contains(#"<circle cx="5" cy="5" r="4"></circle>"#), "shapes stay; the link around them and the remote paint go")
            #expect(context.diagnostics.contains { $0.message.contains("foreignobject") })
            try XMLLint.expectValid(clean, xhtml: xhtml)
        }
    }

    @Test func writerWritesTheChartOfAPage() throws {
        let document = try ReaderHarness.read(Self.page(Self.chart + Self.hostile), extraction: .on).0
        let context = ConversionContext(options: ConversionOptions(), environment: [:])
        let html = HTMLWriter().renderBody(document.blocks, context: context)
        #expect(html.contains(#"<svg aria-labelledby="t1""#))
        #expect(html.contains(#"<path d="M10 90 L190 10" fill="none" stroke="black" stroke-width="2"></path>"#))
        for word in Self.banned { #expect(!html.lowercased().contains(word), "\(word) survived") }
    }
}

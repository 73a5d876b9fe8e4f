import Foundation
import OctavoCore
@testable import OctavoHTML
import Testing

@Suite struct HTMLRobustnessTests {
    @Test(arguments: [ConversionOptions.Extraction.on, .off])
    func hundredThousandNestedElements(_ extraction: ConversionOptions.Extraction) throws {
        let depth = 100_000
        let html = "<html><body><nav><a href='/'>home</a></nav>" + String(repeating: "<div>", count: depth)
            + "<p>deep text</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
        let (document, diagnostics) = try ReaderHarness.read(html, extraction: extraction)
        #expect(ReaderHarness.text(document).contains("deep text"))
        #expect(diagnostics.contains { $0.source == "html.depth" })
    }

    @Test func deepInlineNestingIsFlattenedWithinTheLimit() throws {
        let depth = 50_000
        let html = "<p>" + String(repeating: "<span><b>", count: depth) + "deep" + String(repeating: "</b></span>", count: depth) + "</p>"
        let (document, diagnostics) = try ReaderHarness.read(html, maxDepth: 64)
        #expect(ReaderHarness.text(document) == "deep")
        #expect(diagnostics.contains { $0.source == "html.depth" })
        #expect(Self.depth(of: document.blocks) <= 64)
    }

    @Test func modelDepthRespectsTheLimit() throws {
        let html = String(repeating: "<blockquote>", count: 300) + "inner" + String(repeating: "</blockquote>", count: 300)
        let (document, _) = try ReaderHarness.read(html, maxDepth: 256)
        #expect(Self.depth(of: document.blocks) <= 256)
        #expect(ReaderHarness.text(document) == "inner")
    }

    @Test func garbageNeverCrashes() throws {
        var bytes = Array("<p>a\u{0}b<<<>>&&;<x y=\"".utf8) + [0xFF, 0xFE, 0xC0, 0x80, 0x00]
        bytes += Array("</p></p></table><td><li><tr>unclosed <b><i><u>".utf8)
        _ = try ReaderHarness.read(Data(bytes))
        _ = try ReaderHarness.read(Data())
        _ = try ReaderHarness.read(Data([0xFF, 0xFE]))
        _ = try ReaderHarness.read("<svg><svg><math>" + String(repeating: "<mi>", count: 5000))
    }

    @Test func nulBytesAreDropped() throws {
        let (document, _) = try ReaderHarness.read(Data("<p>a\u{0}b</p>".utf8))
        #expect(!ReaderHarness.text(document).contains("\u{0}"))
    }

    /// Block and inline nesting depth of the model (iterative).
    static func depth(of blocks: [Block]) -> Int {
        var deepest = 0
        var stack: [(Any, Int)] = blocks.map { ($0, 1) }
        while let (node, level) = stack.popLast() {
            deepest = max(deepest, level)
            if let block = node as? Block {
                var children: [Any] = []
                _ = block.mappingChildren(blocks: { children += $0; return $0 }, inlines: { children += $0; return $0 })
                stack += children.map { ($0, level + 1) }
            } else if let inline = node as? Inline {
                var children: [Any] = []
                _ = inline.mappingChildren(blocks: { children += $0; return $0 }, inlines: { children += $0; return $0 })
                stack += children.map { ($0, level + 1) }
            }
        }
        return deepest
    }
}

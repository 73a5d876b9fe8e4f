import Foundation
import OctavoCore
@testable import OctavoHTML
import Testing

@Suite struct HTMLExtractionTests {
    static func page() throws -> Data { try ReaderHarness.fixture("reader/extraction-page.html") }

    @Test func autoExtractsAFullPageWithChrome() throws {
        let text = ReaderHarness.text(try ReaderHarness.read(try Self.page(), extraction: .auto).0)
        #expect(text.contains("Rivers carve valleys slowly"))
        #expect(text.contains("The middle course"))
        #expect(text.contains("A V-shaped valley in the uplands."))
        #expect(text.contains("report card for its watershed"))
        for chrome in ["We use cookies", "Most read", "Great article", "About", "Tweet", "newsletter", "Home",
                       "should never appear", "Hidden text"] {
            #expect(!text.contains(chrome), "kept chrome: \(chrome)")
        }
    }

    @Test func onAndAutoAgreeOnAPageWithChrome() throws {
        let auto = try ReaderHarness.read(try Self.page(), extraction: .auto).0
        let on = try ReaderHarness.read(try Self.page(), extraction: .on).0
        #expect(auto.blocks == on.blocks)
    }

    @Test func offKeepsTheWholePageButNeverScriptsOrHiddenElements() throws {
        let text = ReaderHarness.text(try ReaderHarness.read(try Self.page(), extraction: .off).0)
        #expect(text.contains("Most read"))
        #expect(text.contains("Great article"))
        #expect(text.contains("How Rivers Shape Valleys"))
        #expect(!text.contains("should never appear"))
        #expect(!text.contains("Hidden text"))
    }

    @Test func autoLeavesAFragmentAlone() throws {
        let (document, _) = try ReaderHarness.read("<h1>Title</h1><p>One short paragraph.</p><p><a href='x'>a link</a></p>")
        #expect(ReaderHarness.text(document) == "Title One short paragraph. a link")
    }

    @Test func autoLeavesAPageThatIsJustAnArticleAlone() throws {
        let html = "<!DOCTYPE html><html><head><title>Notes</title></head><body><h1>Notes</h1><p>Short.</p><h2>Part</h2><p>Also short.</p></body></html>"
        let auto = try ReaderHarness.read(html, extraction: .auto).0
        // Everything is kept but the heading that repeats the title (it is in the metadata).
        #expect(ReaderHarness.text(auto) == "Short. Part Also short.")
        #expect(auto.metadata.title == "Notes")
        let off = try ReaderHarness.read(html, extraction: .off).0
        #expect(ReaderHarness.text(off) == "Notes Short. Part Also short.")
    }

    @Test func extractionDropsTheHeadingThatRepeatsTheTitleAndTakesTheByline() throws {
        let (document, _) = try ReaderHarness.read(try Self.page(), extraction: .on)
        #expect(document.metadata.authors == ["Ada Fieldwork"])
        guard case .heading? = document.blocks.first else {
            #expect(ReaderHarness.text(document).hasPrefix("Rivers carve"))
            return
        }
        Issue.record("the title heading was kept")
    }

    @Test func extractionKeepsDataTablesAndDropsLinkLists() throws {
        let rows = (1...12).map { "<tr><td>Row \($0)</td><td>\($0 * 3)</td><td>ok</td></tr>" }.joined()
        let body = String(repeating: "<p>Some article text that goes on for a while, with commas, and detail, to score well.</p>", count: 6)
        let html = """
        <html><body><nav><a href="/1">One</a></nav><div class="content">\(body)<table>\(rows)</table>
        <ul class="related"><li><a href="/x">Related link one</a></li><li><a href="/y">Related link two</a></li></ul>
        </div><div class="footer"><a href="/z">Footer</a></div></body></html>
        """
        let (document, _) = try ReaderHarness.read(html, extraction: .on)
        #expect(document.blocks.contains { if case .table = $0 { true } else { false } })
        let text = ReaderHarness.text(document)
        #expect(!text.contains("Related link"))
        #expect(!text.contains("Footer"))
    }

    @Test func textMeasureCollapsesSpacesAndCountsCommasOfSeveralScripts() {
        #expect(NodeMetrics.measure("a,  b，c") == (6, 2))
        #expect(NodeMetrics.measure("  日本、語 ، x\n") == (9, 1))
        #expect(NodeMetrics.measure("") == (0, 0))
    }
}

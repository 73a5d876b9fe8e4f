import Foundation
import OctavoCore
@testable import OctavoHTML
import OctavoTestSupport
import Testing

/// ``HovercardRule`` on a real page's hover cards, and ``InterfaceTextRule`` inside a video's figure.
@Suite struct HovercardRuleTests {
    @Test(.enabled(if: BoilerplateRuleTests.hasCorpus)) func dropsTheCardsTuckedIntoSentences() throws {
        // `Rep. <span><a>Ilhan Omar</a><span><img><a>Ilhan Omar</a><a>Hillicon Valley: …</a>…<a>MORE</a></span></span> (D-Minn.)`
        let text = ReaderHarness.text(try BoilerplateRuleTests.page("6ebac05f"))
        #expect(text.contains("to kill Rep. Ilhan Omar"))
        #expect(text.contains("(D-Minn.), the U.S. Attorney’s Office"))
        #expect(!text.contains("Hillicon Valley"))
    }

    @Test func keepsLinksInASentenceWithoutAPicture() throws {
        let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 5)
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story">\(prose)
        <p>The report cites <span><a href="/a">one study</a>, <a href="/b">another study</a> and <a href="/c">a third</a></span> on the question.</p>
        <p>The senator <span><a href="/p/x">Jane Roe</a><span><img src="x.jpg"><a href="/p/x">Jane Roe</a><a href="/s/1">Another story about her</a><a href="/p/x">MORE</a></span></span> spoke.</p>
        \(prose)</div></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(text.contains("cites one study"))
        #expect(text.contains("another study and a third on the question"))
        #expect(text.contains("The senator Jane Roe spoke."))
        #expect(!text.contains("Another story about her"))
    }

    @Test(.enabled(if: BoilerplateRuleTests.hasCorpus)) func interfaceTextRuleLooksInsideAVideosFigure() throws {
        // `<figure><div class="player-with-placeholder__caption">Media playback is unsupported on your device</div>…`
        let text = ReaderHarness.text(try BoilerplateRuleTests.page("c7e39ac4"))
        #expect(!text.contains("Media playback is unsupported"))
        #expect(text.contains("Assange"))
    }
}

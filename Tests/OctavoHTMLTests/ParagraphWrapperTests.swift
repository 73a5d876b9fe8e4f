import Foundation
import OctavoCore
@testable import OctavoHTML
import OctavoTestSupport
import Testing

/// ``ParagraphWrapper``: a sentence citing its source, set alone in a card, stays.
@Suite struct ParagraphWrapperTests {
    @Test(.enabled(if: BoilerplateRuleTests.hasCorpus)) func keepsACardedSentenceWithALink() throws {
        // `<div class="card collection-item"><div class="card-content"><p>The discovery was announced … in the <a>journal Nature Astronomy</a>.</p>`
        let text = ReaderHarness.text(try BoilerplateRuleTests.page("f344ca5f"))
        #expect(text.contains("The discovery was announced in an article published Monday in the"))
    }

    @Test func sparesOnlyOneParagraphOfProse() throws {
        let page = HTMLPage(try HTMLParser.parseDocument(Data("""
        <html><body><div id="a"><p>The finding, which the team confirmed twice, was published on Monday in <a href="https://example.org/paper">the journal Nature Astronomy</a>.</p></div>
        <div id="b"><a href="/a">Read the latest stories</a> <a href="/b">from our team</a> on many more topics, every day</div>
        <div id="c"><p>One paragraph with a <a href="/x">link</a>, long enough to be prose, and ending well.</p><p>And another one.</p></div>
        </body></html>
        """.utf8), encoding: "UTF-8"))
        let dropped = Array(repeating: false, count: page.count)
        let metrics = NodeMetrics(page: page, dropped: dropped)
        let div = { (id: String) in page.elements(named: "div").first { page.attribute($0, "id") == id }! }
        #expect(ParagraphWrapper.isWrapper(div("a"), page: page, dropped: dropped, metrics: metrics))
        #expect(!ParagraphWrapper.isWrapper(div("b"), page: page, dropped: dropped, metrics: metrics), "no paragraph")
        #expect(!ParagraphWrapper.isWrapper(div("c"), page: page, dropped: dropped, metrics: metrics), "two paragraphs")
    }
}

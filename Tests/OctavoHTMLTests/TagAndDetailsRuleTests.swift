import Foundation
import OctavoCore
@testable import OctavoHTML
import OctavoTestSupport
import Testing

/// ``TagLinksRule``, ``PostDetailsRule`` and ``TimestampRule``'s inline dates on real pages of
/// the extraction benchmark, and on small pages for what they must leave alone.
@Suite struct TagAndDetailsRuleTests {
    static let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 5)

    @Test(.enabled(if: BoilerplateRuleTests.hasCorpus)) func tagLinksRuleDropsTheRelTagList() throws {
        // `<strong>Tags<br><a rel="tag">calendario stock car 2018</a>, <a rel="tag">stock car brasil</a>, …</strong>`
        let text = ReaderHarness.text(try BoilerplateRuleTests.page("cc03ddb5"))
        #expect(!text.contains("stock car cascavel"))
        #expect(text.contains("Calendário sujeito a inúmeras alterações"))
    }

    @Test func tagLinksRuleKeepsATagLinkInsideASentence() throws {
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story">\(Self.prose)
        <p>The <a rel="tag" href="/tag/budget">budget</a> vote is on <a rel="tag" href="/tag/friday">Friday</a>, the speaker said after a long meeting with members of both parties.</p>
        <p><span>Tags:</span> <a rel="tag" href="/tag/a">politics</a>, <a rel="tag" href="/tag/b">congress</a></p>\(Self.prose)</div></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(text.contains("vote is on Friday"))
        #expect(!text.contains("congress"))
    }

    @Test(.enabled(if: BoilerplateRuleTests.hasCorpus)) func postDetailsRuleDropsTheParticularsLine() throws {
        // `<small><b>05/10/2018</b> - Publicado por: Clarissa Borba - Categoria: <a>Saúde</a> - Tags: …</small>`
        let text = ReaderHarness.text(try BoilerplateRuleTests.page("f6ac15a4"))
        #expect(!text.contains("Publicado por: Clarissa Borba"))
    }

    @Test func postDetailsRuleReadsFieldsNotSentences() {
        #expect(PostDetailsRule.isDetailsLine("posted on may 2 | category: news | 3 comments"))
        #expect(PostDetailsRule.isDetailsLine("05/10/2018 - publicado por: clarissa borba - categoria: saúde - tags: sad"))
        #expect(!PostDetailsRule.isDetailsLine("tags: sad, arrombamento"), "one field: TagLineRule's")
        #expect(!PostDetailsRule.isDetailsLine("the mayor - who spoke on friday - said the categories: old and new would stay"))
    }

    @Test(.enabled(if: BoilerplateRuleTests.hasCorpus)) func timestampRuleDropsADateSetAsASpan() throws {
        // `<span class="data" itemprop="datePublished">segunda-feira, 22 de janeiro de 2018 às 0:13</span>` beside the heading.
        let text = ReaderHarness.text(try BoilerplateRuleTests.page("cc03ddb5"))
        #expect(!text.contains("segunda-feira, 22 de janeiro de 2018"))
    }

    @Test func timestampRuleKeepsADateInsideASentence() throws {
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story"><span>November 20, 2019</span>\(Self.prose)
        <p>The vote, held on <span>November 20, 2019</span>, was close.</p>\(Self.prose)</div></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(text.contains("held on November 20, 2019, was close"))
        #expect(!text.hasPrefix("November 20, 2019"))
    }
}

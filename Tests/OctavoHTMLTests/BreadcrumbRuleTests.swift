import Foundation
import OctavoCore
@testable import OctavoHTML
import OctavoTestSupport
import Testing

/// ``BreadcrumbRule`` on a real page's trail, and on lines that only look like one.
@Suite struct BreadcrumbRuleTests {
    @Test(.enabled(if: BoilerplateRuleTests.hasCorpus)) func dropsTheTrailAboveTheStory() throws {
        // `<p id="breadcrumbs"><a>Mensagens</a> » <a>Mensagens de Autoestima</a> » <strong>Só quem se Ama…</strong></p>`
        let text = ReaderHarness.text(try BoilerplateRuleTests.page("b3c19dd5"))
        #expect(!text.contains("Mensagens de Autoestima »"))
        #expect(text.contains("Viver uma verdadeira experiência amorosa"))
    }

    @Test func readsTrailsNotSentences() {
        #expect(BreadcrumbRule.parts("Home > News > World > Europe's winter of discontent")?.count == 4)
        #expect(BreadcrumbRule.parts("Mensagens » Mensagens de Autoestima » Só quem se Ama…")?.count == 3)
        #expect(BreadcrumbRule.parts("News » Sport") == nil, "two parts")
        #expect(BreadcrumbRule.parts("Home > News / World") == nil, "two kinds of separator")
        #expect(BreadcrumbRule.parts("The ratio went from 3 > 2 to a much larger number of cases > 10 over the year") == nil)
    }

    @Test func keepsAMenuPathWithoutLinks() throws {
        let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 5)
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story">
        <p><a href="/">Home</a> › <a href="/tech">Tech</a> › How to turn off location</p>\(prose)
        <p>Settings › Privacy › Location Services</p>\(prose)</div></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(!text.contains("Tech ›"))
        #expect(text.contains("Settings › Privacy › Location Services"))
    }
}

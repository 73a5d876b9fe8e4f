import Foundation
import OctavoCore
@testable import OctavoHTML
import OctavoTestSupport
import Testing

/// ``TitledArticle``: the `<article>` holding the title's heading is the story when the page sets
/// other posts beside it as `<article>`s too.
@Suite struct TitledArticleTests {
    @Test(.enabled(if: BoilerplateRuleTests.hasCorpus)) func keepsTheStoryNotThePostsSetBesideIt() throws {
        // A blog post followed by an `<article>` of six other posts (`Você pode gostar...`), each
        // with a photo and a long paragraph.
        let text = ReaderHarness.text(try BoilerplateRuleTests.page("b3c19dd5"))
        #expect(text.contains("Viver uma verdadeira experiência amorosa"))
        #expect(!text.contains("A vida requer da gente otimismo"))
        #expect(!text.contains("Gratidão pela vida está nos detalhes"))
    }

    static let story = String(repeating: "<p>The story itself, with a sentence long enough to count, and commas, clauses, more.</p>", count: 2)
    static let teaser = "<p>Another post's opening paragraph, long enough to score on its own, with commas, clauses, and words.</p>"

    @Test func findsTheOneArticleHoldingTheTitle() throws {
        let html = """
        <html><head><title>The Story Title Here | Blog</title></head><body><nav><a href="/">Home</a></nav><main>
        <article><h1>The Story Title Here</h1>\(Self.story)</article>
        <article><h3>You may also like</h3><article><h2>Another Post</h2>\(Self.teaser)\(Self.teaser)</article>
        <article><h2>A Third Post</h2>\(Self.teaser)\(Self.teaser)</article></article></main></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(text.contains("The story itself"))
        #expect(!text.contains("Another post's opening"))
    }

    @Test func leavesPagesWhoseTitleStandsOutsideTheArticles() throws {
        let page = HTMLPage(try HTMLParser.parseDocument(Data("""
        <html><body><h1>Live: The Day's Events</h1><article><h2>10:02</h2>\(Self.teaser)</article>
        <article><h2>10:15</h2>\(Self.teaser)</article></body></html>
        """.utf8), encoding: "UTF-8"))
        let articles = page.elements(named: "article")
        let dropped = Array(repeating: false, count: page.count)
        #expect(TitledArticle.find(page, title: "Live: The Day's Events", articles: articles, dropped: dropped) == nil)
        let titled = HTMLPage(try HTMLParser.parseDocument(Data("""
        <html><body><article><h1>Live: The Day's Events</h1>\(Self.teaser)</article><article><h2>Other</h2>\(Self.teaser)</article></body></html>
        """.utf8), encoding: "UTF-8"))
        #expect(TitledArticle.find(titled, title: "Live: The Day's Events", articles: titled.elements(named: "article"),
                                   dropped: Array(repeating: false, count: titled.count)) == titled.elements(named: "article").first)
    }
}

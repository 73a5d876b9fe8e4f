import Foundation
import OctavoCore
@testable import OctavoHTML
import OctavoTestSupport
import Testing

/// ``EmbeddedPost``: a quoted tweet in a `social-media-embed` wrapper stays in the article.
@Suite struct EmbeddedPostTests {
    @Test(.enabled(if: BoilerplateRuleTests.hasCorpus)) func keepsTweetsTheArticleQuotes() throws {
        // `<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real…</p>— Dianna E. Anderson…`
        let text = ReaderHarness.text(try BoilerplateRuleTests.page("3f65af7b"))
        #expect(text.contains("Yes this is real and yes the state spent nearly half a million dollars on it"))
    }

    @Test func keepsAWrappedPostButNotASidebarShowingOne() throws {
        let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 5)
        let sidebarLinks = (1...12).map { "<li><a href=\"/s/\($0)\">Another story of the site, number \($0)</a></li>" }.joined()
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story">\(prose)
        <div class="social-embed"><blockquote class="twitter-tweet"><p>The post the article quotes, in full.</p>— A Person (@person) <a href="https://twitter.com/person/status/1">November 18, 2019</a></blockquote></div>
        \(prose)<div class="social-sidebar"><ul>\(sidebarLinks)</ul><blockquote class="twitter-tweet"><p>A post.</p></blockquote></div></div></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(text.contains("The post the article quotes, in full."))
        #expect(!text.contains("Another story of the site"))
    }
}

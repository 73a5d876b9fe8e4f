import Foundation
import OctavoCore
@testable import OctavoHTML
import OctavoTestSupport
import Testing

/// Each boilerplate rule on a real page of the extraction benchmark (../shared/corpus/extraction)
/// where it removes what it is for, and on small pages for what it must leave alone.
@Suite struct BoilerplateRuleTests {
    static let folder = Repository.shared.appendingPathComponent("corpus/extraction")
    static let hasCorpus = FileManager.default.fileExists(atPath: folder.path)

    /// The article extracted from the benchmark page whose name starts with `prefix`.
    static func page(_ prefix: String) throws -> Document {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let name = try #require(names.first { $0.hasPrefix(prefix) })
        let data = try Data(contentsOf: folder.appendingPathComponent(name).appendingPathComponent("source.html"))
        return try ReaderHarness.read(data, extraction: .auto).0
    }

    @Test(.enabled(if: hasCorpus)) func datelineRuleDropsPublishedAndUpdatedLines() throws {
        let text = ReaderHarness.text(try Self.page("624fcd90"))
        #expect(text.contains("CHINA has sent troops to Hong Kong"))
        #expect(!text.contains("PUBLISHED: 10:48"))
    }

    @Test func datelineRuleKeepsSentencesAboutUpdates() {
        #expect(DatelineRule.isDateline("Updated: 18 Nov 2019, 19:11"))
        #expect(DatelineRule.isDateline("Posted: Fri 6:45 PM, Feb 16, 2018 |"))
        #expect(!DatelineRule.isDateline("The company updated its forecast twice in 2019, citing weaker demand in Europe and Asia."))
        #expect(!DatelineRule.isDateline("Updated for the new season"))
    }

    @Test(.enabled(if: hasCorpus)) func linkTeaserRuleDropsHeadlinesOfOtherStories() throws {
        let text = ReaderHarness.text(try Self.page("35b15891"))
        #expect(!text.contains("Who will make the Rock Hall in 2020?"))
        #expect(!text.contains("25 worst Rock and Roll Hall of Fame Inductees ever"))
    }

    @Test func linkTeaserRuleKeepsListsHeadingsAndShortNames() throws {
        let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 5)
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story">\(prose)
        <p><a href="/other">Another story about something else entirely</a></p>
        <p><a href="/shop/energize">Performance Energize</a></p>
        <ul><li><a href="/a">A source the article cites in full</a></li></ul>
        <h3><a href="/section">A headline of this section's front page</a></h3>
        \(prose)</div></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(!text.contains("Another story"))
        #expect(text.contains("Performance Energize"))
        #expect(text.contains("A source the article cites"))
        #expect(text.contains("A headline of this section"))
    }

    @Test(.enabled(if: hasCorpus)) func repeatedBlockRuleKeepsOneCopyOfACaptionSetTwice() throws {
        let document = try Self.page("db6b0816")
        let caption = "Esper is on a visit to Vietnam to strengthen the military relations with the Southeast Asian nation. less"
        let copies = document.blocks.filter { block in
            if case let .paragraph(inlines) = block { return Whitespace.collapse(Inline.plainText(of: inlines)).hasSuffix(caption) }
            return false
        }
        #expect(copies.count == 1)
    }

    @Test func repeatedBlockRuleKeepsRepeatsFurtherApart() throws {
        let question = "<p>What inspired you to start cooking for others?</p>"
        let answer = "<p>An answer that goes on for a while, with commas, detail, and more words than a question has.</p>"
        let html = "<html><body><nav>x</nav><div class='interview'>\(question)\(answer)\(question)\(answer)\(answer)</div></body></html>"
        let document = try ReaderHarness.read(html, extraction: .on).0
        #expect(document.blocks.count == 4, "the second question stays; the answer repeated right after itself goes")
    }

    @Test(.enabled(if: hasCorpus)) func markedArticleBodyKeepsAShortArticleOverItsComments() throws {
        let text = ReaderHarness.text(try Self.page("ac3c0355"))
        #expect(text.contains("Our goal with hosting quarterly open threads"))
        #expect(!text.contains("Hi Alex"))
        #expect(!text.contains("Comments are closed"))
    }

    @Test func markedArticleBodyIsWidenedToWhatSurroundsItClosely() throws {
        let body = String(repeating: "<p>The article's own text, marked as its body, with commas, and detail.</p>", count: 6)
        let comments = String(repeating: "<p>A comment, longer than the article, with opinions, replies, and more to say.</p>", count: 12)
        let html = """
        <html><body><div><p>The standfirst sits just outside the marked body, and says what the article is about.</p>
        <div itemprop="articleBody">\(body)</div></div><section class="discussion">\(comments)</section></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(text.contains("The standfirst sits just outside"))
        #expect(text.contains("marked as its body"))
        #expect(!text.contains("A comment"))
    }
}

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

    @Test(.enabled(if: hasCorpus)) func relatedLinksRuleDropsALabelEndingWithAnEllipsis() throws {
        // `<p>You may also like...</p>` over three linked headlines.
        let text = ReaderHarness.text(try Self.page("35b15891"))
        #expect(!text.contains("You may also like"))
        #expect(!text.contains("Who will make the Rock Hall in 2020?"))
        #expect(text.contains("Fan Vote"))
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

    @Test func repeatedBlockRuleKeepsOneCopyOfACaptionSetTwice() throws {
        // The caption under a photo and under its enlargement, outside any gallery (db6b0816's
        // gallery captions are now left to GalleryTextRule).
        let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 5)
        let caption = "<p>Esper is on a visit to Vietnam to strengthen the military relations with the Southeast Asian nation.</p>"
        let html = "<html><body><nav>x</nav><div class='story'><img src='a.jpg' alt=''>\(caption)\(caption)\(prose)</div></body></html>"
        let document = try ReaderHarness.read(html, extraction: .on).0
        let copies = document.blocks.filter { block in
            if case let .paragraph(inlines) = block { return Inline.plainText(of: inlines).hasPrefix("Esper is on a visit") }
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

    @Test(.enabled(if: hasCorpus)) func aBodyClassNameMarksTheArticleOverALongerCaption() throws {
        // ctvnews: `<div class="articleBody">` and nothing else marks the article; its photo's
        // caption used to win.
        let text = ReaderHarness.text(try Self.page("b37be353"))
        #expect(text.contains("putting astronauts into a state of suspended animation"))
        #expect(text.contains("significantly shrink the size of spacecraft"))
    }

    @Test func aBodyClassNameCountsOnceWhenNestedAndScoringDecidesWhenItRepeats() throws {
        let body = String(repeating: "<p>The article's own text, in its body, with commas, and detail.</p>", count: 3)
        let caption = "<p>" + String(repeating: "A long caption of another story's photograph, with names, places and dates. ", count: 4) + "</p>"
        let nested = """
        <html><body><div class="teaser">\(caption)</div>
        <div class="entry-content"><div class="post-content">\(body)</div></div></body></html>
        """
        let one = ReaderHarness.text(try ReaderHarness.read(nested, extraction: .on).0)
        #expect(one.contains("The article's own text"))
        #expect(!one.contains("A long caption"))
        let twice = "<html><body><div class=\"post-body\">\(caption)</div><div class=\"post-body\">\(body)</div></body></html>"
        let two = ReaderHarness.text(try ReaderHarness.read(twice, extraction: .on).0)
        #expect(MarkedArticleBody.bodyClassNames.contains("post-body"))
        #expect(two.contains("The article's own text"))
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

    @Test(.enabled(if: hasCorpus)) func relatedLinksRuleDropsLabelledTeasersAndHeadlineLists() throws {
        let express = ReaderHarness.text(try Self.page("624fcd90"))
        #expect(express.contains("Chris Tang, Hong Kong"))
        #expect(!express.contains("DON'T MISS"))
        #expect(!express.contains("China furious at Macron"))
        let plague = ReaderHarness.text(try Self.page("ba4dfe2d"))
        #expect(plague.contains("The pneumonic plague is just one of three diseases"))
        #expect(!plague.contains("READ MORE"))
        let sky = ReaderHarness.text(try Self.page("921019755f"))
        #expect(!sky.contains("More from UK"))
        #expect(!sky.contains("TripAdvisor suspends reviews"))
    }

    @Test func relatedLinksRuleKeepsLinkedProductsReferencesAndKickers() throws {
        let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 5)
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story">\(prose)
        <ul><li><a href="/shop/a">Get it with a free case for $199</a></li><li><a href="/shop/b">Get it by itself for $189</a></li></ul>
        <p>Source files: <a href="/a.js">first-file.js</a>, <a href="/b.js">second-file.js</a></p>
        <p>Guest essay</p><h2><a href="/essay">The day I gave up on the Beatles</a></h2>
        \(prose)</div></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(text.contains("Get it with a free case"))
        #expect(text.contains("Get it by itself"))
        #expect(text.contains("Source files"))
        #expect(text.contains("The day I gave up on the Beatles"))
    }

    @Test(.enabled(if: hasCorpus)) func timestampRuleDropsADateSetApart() throws {
        let text = ReaderHarness.text(try Self.page("432362af"))
        #expect(!text.contains("November 18, 2019 | 4:10pm"))
    }

    @Test func timestampRuleKeepsLiveBlogTimesAndSentences() {
        #expect(TimestampRule.isTimestamp("November 20, 2019"))
        #expect(TimestampRule.isTimestamp("18 Nov 2019, 19:09"))
        #expect(TimestampRule.isTimestamp("segunda-feira, 22 de janeiro de 2018 às 0:13"))
        #expect(!TimestampRule.isTimestamp("4:14 p.m."))
        #expect(!TimestampRule.isTimestamp("In November 2019 the council met"))
    }

    @Test(.enabled(if: hasCorpus)) func creditLineRuleDropsAPhotoCreditAlone() throws {
        let text = ReaderHarness.text(try Self.page("b0cf2bbf"))
        #expect(text.contains("reduce the cost of solar panels"))
        #expect(!text.contains("Image: Hanwha Q cells"))
    }

    @Test func creditLineRuleKeepsSentences() {
        #expect(CreditLineRule.isCredit("Photo: Hau Dinh, AP"))
        #expect(CreditLineRule.isCredit("(Image credit: Blue Origin)"))
        #expect(CreditLineRule.isCounter("Image 2 of 5"))
        #expect(!CreditLineRule.isCredit("Photo: the mayor said the building would reopen in the spring."))
        #expect(!CreditLineRule.isCounter("Chapter 2 of the report"))
    }

    @Test(.enabled(if: hasCorpus)) func callToActionRuleDropsTheClosingNewsletterPitch() throws {
        let text = ReaderHarness.text(try Self.page("e7301133"))
        #expect(!text.contains("Click here to subscribe to The Paradigm Newsletter"))
    }

    @Test func callToActionRuleKeepsRequestsInsideTheArticleAndQuotations() throws {
        let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 4)
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story">
        <p>Readers who sign up for the council's newsletter get the agenda a week ahead, the clerk said.</p>\(prose)
        <p>“Subscribe to anything they sell and you will regret it,” she warned.</p>
        <p>Sign up for our daily newsletter to get the news delivered to your inbox.</p></div></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(text.contains("Readers who sign up"))
        #expect(text.contains("Subscribe to anything they sell"))
        #expect(!text.contains("Sign up for our daily newsletter"))
    }

    @Test(.enabled(if: hasCorpus)) func galleryTextRuleKeepsThePicturesAndDropsTheirCaptions() throws {
        let document = try Self.page("d0382c0d")
        let text = ReaderHarness.text(document)
        #expect(text.contains("Pacific Gas & Electric Co. was set to begin shutting off power"))
        #expect(!text.contains("1of4"))
        #expect(!text.contains("A shopper looks at extension cords"))
        let figures = document.blocks.filter { if case .figure = $0 { true } else { false } }
        #expect(figures.count == 4, "the gallery's four pictures stay")
    }

    @Test func galleryTextRuleLeavesAPhotoEssayWhole() throws {
        let prose = String(repeating: "<p>Paragraph of the essay, long enough to be scored, with commas, clauses, and more.</p>", count: 5)
        let html = """
        <html><body><nav><a href="/">Home</a></nav>
        <div class="photo-gallery"><figure><img src="a.jpg" alt=""><figcaption>The harbour at dawn</figcaption></figure>\(prose)</div>
        </body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(text.contains("The harbour at dawn"))
        #expect(text.contains("Paragraph of the essay"))
    }

    @Test(.enabled(if: hasCorpus)) func teaserCardsRuleDropsRailsOfOtherStories() throws {
        // A "most read" rail of cards (picture, kicker, headline) set inside a news story.
        let sun = ReaderHarness.text(try Self.page("8b194530"))
        #expect(sun.contains("A HUNTER who killed and ate a wild rabbit"))
        #expect(!sun.contains("Conspiracy theorists say they've spotted Greta Thunberg"))
        #expect(!sun.contains("RANDY ANDY"))
        // Tiles of other diets under a "most popular" heading after the article.
        let diets = ReaderHarness.text(try Self.page("ff0f958a"))
        #expect(diets.contains("Эта диета пришла к нам с запада"))
        #expect(!diets.contains("Самые популярные диеты"))
        #expect(!diets.contains("Популярная диета при активном ритме жизни"))
    }

    @Test func teaserCardsRuleKeepsGalleriesFiguresAndTextCards() throws {
        let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 5)
        let photos = (1...3).map { "<li class='item'><a href='/photos/big\($0).jpg'><img src='p\($0).jpg' alt=''></a> Photo number \($0) of the harbour</li>" }
        let figures = (1...3).map { "<figure class='f'><a href='/story\($0)'><img src='f\($0).jpg' alt=''></a><figcaption>Figure \($0) of the report</figcaption></figure>" }
        let long = String(repeating: "A real paragraph about this product, what it does and what it costs. ", count: 5)
        let products = (1...3).map { "<div class='product'><img src='x\($0).jpg' alt=''><p>\(long)</p><a href='/buy\($0)'>Buy</a></div>" }
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story">\(prose)<ul>\(photos.joined())</ul>
        \(figures.joined())\(products.joined())\(prose)</div></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(text.contains("Photo number 2 of the harbour"))
        #expect(text.contains("Figure 3 of the report"))
        #expect(text.contains("A real paragraph about this product"))
    }

    @Test(.enabled(if: hasCorpus)) func contributorLineRuleDropsTheClosingCredit() throws {
        let text = ReaderHarness.text(try Self.page("702d1da6"))
        #expect(text.contains("Mr. Trump wasn’t satisfied"))
        #expect(!text.contains("Keith Bradsher contributed reporting"))
    }

    @Test func contributorLineRuleReadsCreditsOnly() {
        #expect(ContributorLineRule.isContributorLine("(Reporting by Will Dunham; Editing by Tom Brown)"))
        #expect(ContributorLineRule.isContributorLine("Associated Press writers Alan Fram and Zeke Miller contributed to this report."))
        #expect(!ContributorLineRule.isContributorLine("Reporters said the editing of the film took two years."))
    }

    @Test(.enabled(if: hasCorpus)) func copyrightLineRuleDropsTheNotice() throws {
        let text = ReaderHarness.text(try Self.page("0ec95c72"))
        #expect(text.contains("엘제이의 리벤지인가"))
        // The notice set on its own line goes; the one run into the closing paragraph is left.
        #expect(!text.contains("Copyright ⓒ Entermedia.co.kr"))
    }

    @Test func copyrightLineRuleKeepsSentencesAboutCopyright() {
        #expect(CopyrightLineRule.isNotice("Copyright 2019 Reuters. All rights reserved."))
        #expect(CopyrightLineRule.isNotice("Image copyright EPA"))
        #expect(CopyrightLineRule.isNotice("© Martin Taylor of Aberdeenshire, Scotland"))
        #expect(!CopyrightLineRule.isNotice("Copyright holders argue that the new law goes too far."))
        #expect(!CopyrightLineRule.isNotice("Copyright law protects the expression of an idea, not the idea."))
    }

    @Test(.enabled(if: hasCorpus)) func bylineEchoRuleDropsTheBylineLeftInTheArticle() throws {
        let text = ReaderHarness.text(try Self.page("6ebac05f"))
        #expect(text.contains("A New York man pleaded guilty"))
        #expect(!text.contains("By Justine Coleman - 11/18/19"))
    }

    @Test func bylineEchoRuleKeepsLinesThatSayMore() {
        #expect(BylineEchoRule.isEcho("JANIE HAR", authors: ["janie har"]))
        #expect(BylineEchoRule.isEcho("Catherine Shu @catherineshu / 2 days", authors: ["catherine shu"]))
        #expect(!BylineEchoRule.isEcho("Beachbody Performance Energize", authors: ["beachbody"]))
        #expect(!BylineEchoRule.isEcho("Janie Harrison said the vote was close.", authors: ["janie har"]))
        #expect(BylineEchoRule.isEcho("November 20, 2019 / 1:07 AM / CBS News", authors: ["cbs news"], needsDate: true))
        #expect(!BylineEchoRule.isEcho("CBS News", authors: ["cbs news"], needsDate: true))
        #expect(!BylineEchoRule.isEcho("CBS News polled 1,000 voters", authors: ["cbs news"], needsDate: true))
    }

    @Test(.enabled(if: hasCorpus)) func contactLineRuleDropsTheAuthorsAddress() throws {
        let text = ReaderHarness.text(try Self.page("f8ff621a"))
        #expect(text.contains("Shares of construction goods giant Home Depot"))
        #expect(!text.contains("Write to Al Root"))
    }

    @Test func contactLineRuleKeepsABiographyEndingWithAnAddress() {
        #expect(ContactLineRule.isContact("paul.takahashi@chron.com"))
        #expect(ContactLineRule.isContact("twitter.com/paultakahashi"))
        #expect(ContactLineRule.isContact("Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com."))
        #expect(!ContactLineRule.isContact("Lucas Nolan is a reporter for Breitbart Tech. Follow him on Twitter @LucasNolan_ or email him at ln@example.com"))
        #expect(!ContactLineRule.isContact("@AmyKup"))
    }

    @Test(.enabled(if: hasCorpus)) func interfaceTextRuleDropsControlsLeftAsText() throws {
        let text = ReaderHarness.text(try Self.page("f8ff621a"))
        #expect(text.contains("Shares of construction goods giant Home Depot"))
        #expect(!text.contains("Order Reprints"))
        #expect(!text.contains("Print Article"))
        let review = ReaderHarness.text(try Self.page("30b771a4"))
        #expect(review.contains("If you want a book that makes you feel great about being a biker"))
        #expect(!review.contains("This slideshow requires JavaScript"))
    }

    @Test func interfaceTextRuleMatchesWholeLinesOnly() {
        #expect(InterfaceTextRule.isInterface("12 Comments"))
        #expect(InterfaceTextRule.isInterface("Sharing is caring!"))
        #expect(InterfaceTextRule.isInterface("Media playback is unsupported on your device"))
        #expect(!InterfaceTextRule.isInterface("Comments from readers poured in after the vote."))
        #expect(!InterfaceTextRule.isInterface("Print"))
        #expect(InterfaceTextRule.isInterface("SUBSCRIBE"))
        #expect(InterfaceTextRule.isInterface("Trending"))
        #expect(!InterfaceTextRule.isInterface("Trending topics drove the company's sales, she said."))
    }

    @Test(.enabled(if: hasCorpus)) func creditedCaptionRuleDropsCaptionsSetBesideTheirPictures() throws {
        // `<span class="newsCaption">… <span class="caption">(Image: GETTY )</span></span>` under each picture.
        let text = ReaderHarness.text(try Self.page("624fcd90"))
        #expect(text.contains("CHINA has sent troops to Hong Kong"))
        #expect(!text.contains("The protests kicked off in June and have strengthened in size"))
        #expect(!text.contains("Protesters have worn masks to protect their identities"))
    }

    @Test func creditedCaptionRuleReadsCreditsAtTheEndOnly() {
        #expect(CreditedCaptionRule.isCreditedCaption("china has warned they will cease control of hong kong (image: getty )"))
        #expect(CreditedCaptionRule.isCreditedCaption("vicente aguiar loads garage door trims into his pickup truck. (ap photo/alan diaz, file)"))
        #expect(CreditedCaptionRule.isCreditedCaption("scooter braun and scott borchetta pose for a photo. (photo by kevin mazur/getty images)"))
        #expect(!CreditedCaptionRule.isCreditedCaption("(image: getty)"), "a credit alone is a credit line's")
        #expect(!CreditedCaptionRule.isCreditedCaption("the council published the plans on tuesday (see photo)"))
        #expect(!CreditedCaptionRule.isCreditedCaption("the mayor spoke for an hour (photo: what a day it was, she said, and then some more words)"))
    }

    @Test func creditedCaptionRuleKeepsAFiguresOwnCaption() throws {
        let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 5)
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story">\(prose)
        <figure><img src="a.jpg" alt=""><figcaption><span>The harbour at dawn (Photo: Jane Doe)</span></figcaption></figure>
        <div class="photo"><p><img src="b.jpg" alt=""></p><span>The harbour at noon, from the pier (Photo: Jane Doe)</span></div>\(prose)</div>
        </body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(text.contains("The harbour at dawn"))
        #expect(!text.contains("The harbour at noon"))
    }

    @Test func creditLineRuleReadsAgencyCreditsAndEllipsisLabels() {
        #expect(CreditLineRule.isCredit("Credit...Doug Mills/The New York Times"))
        #expect(CreditLineRule.isCredit("Credit…Doug Mills"))
        #expect(CreditLineRule.isAgencyCredit("Alex Wong | Getty Images"))
        #expect(CreditLineRule.isAgencyCredit("Sakib Ali/Hindustan Times/Getty Images"))
        #expect(CreditLineRule.isAgencyCredit("Kevin Mazur/Getty Images for Ithaca Holdings"))
        #expect(!CreditLineRule.isAgencyCredit("AC/DC Returns"))
        #expect(!CreditLineRule.isAgencyCredit("Read this / then that"))
        #expect(!CreditLineRule.isAgencyCredit("Yes, we did it / She said"))
    }

    @Test func interfaceTextRuleDropsABareControlLinkButNotALinkInASentence() throws {
        let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 5)
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story"><a href="#content">Skip to content</a>\(prose)
        <p>Readers can join in the <a href="#c">comments</a> under the story, as always.</p>\(prose)</div></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(!text.contains("Skip to content"))
        #expect(text.contains("join in the comments under the story"))
    }

    @Test(.enabled(if: hasCorpus)) func bylineEchoRuleDropsTheAuthorsNameSetBesideTheDate() throws {
        // `<span>JANIE HAR</span>` beside the date's own block, in the article's header.
        let document = try Self.page("d0382c0d")
        #expect(document.metadata.authors == ["JANIE HAR"])
        let text = ReaderHarness.text(document)
        #expect(text.contains("Pacific Gas"))
        #expect(!text.contains("JANIE HAR"))
    }

    @Test(.enabled(if: hasCorpus)) func tagLineRuleDropsTheFiledUnderLine() throws {
        let text = ReaderHarness.text(try Self.page("7837c9d6"))
        #expect(!text.contains("Filed under"))
    }

    @Test func tagLineRuleReadsLabelsNotSentences() {
        #expect(TagLineRule.labelFollowedByColon("Filed under: Khawarij |") == true)
        #expect(TagLineRule.labelFollowedByColon("Tags calendario stock car 2018") == false)
        #expect(TagLineRule.labelFollowedByColon("Tagliatelle is a pasta.") == nil)
        #expect(TagLineRule.labelFollowedByColon("The tags were removed.") == nil)
    }

    @Test func copyrightAndInterfaceSpansStandingAloneGo() throws {
        let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 5)
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story">\(prose)<div><img src="a.jpg" alt="">
        <span>© Martin Taylor of Aberdeenshire</span><p>The photograph's own caption, which stays with it.</p></div>
        <div><span>Media playback is unsupported on your device</span><p>A caption of the video, which stays.</p></div>
        <p>A sentence naming © in passing, and the <span>comments</span> readers left, stays as written.</p>\(prose)</div></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(!text.contains("Martin Taylor"))
        #expect(!text.contains("Media playback"))
        #expect(text.contains("The photograph's own caption"))
        #expect(text.contains("the comments readers left"))
    }

    @Test(.enabled(if: hasCorpus)) func callToActionRuleDropsANewsletterBoxUnderItsLabel() throws {
        let text = ReaderHarness.text(try Self.page("5a822960"))
        #expect(!text.contains("Breaking News Emails"))
        #expect(!text.contains("Get breaking news alerts and special reports"))
    }

    @Test func callToActionRuleKeepsARequestMidArticleWithoutALabel() throws {
        let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 5)
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story">\(prose)
        <p>Readers were asked to subscribe to the mailing list, and thousands did within a day.</p>\(prose)</div></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(text.contains("Readers were asked to subscribe"))
    }

    @Test(.enabled(if: hasCorpus)) func relatedLinksRuleDropsTeasersUnderALabelLineOfTheirOwn() throws {
        // `<strong>DON'T MISS</strong><br>` and three linked headlines in the same paragraph.
        let text = ReaderHarness.text(try Self.page("ba4dfe2d"))
        #expect(text.contains("According to the Centre for Disease Control"))
        #expect(!text.contains("BLACK DEATH PLAGUE fears"))
        #expect(!text.contains("DON'T MISS"))
    }

    @Test func relatedLinksRuleKeepsALabelledParagraphOfProse() throws {
        let prose = String(repeating: "<p>Paragraph of the article, long enough to be scored, with commas, clauses, and more.</p>", count: 5)
        let html = """
        <html><body><nav><a href="/">Home</a></nav><div class="story">\(prose)
        <p><strong>Note</strong><br>The figures come from the <a href="/report">annual report</a>, which the council published last week.</p>
        \(prose)</div></body></html>
        """
        let text = ReaderHarness.text(try ReaderHarness.read(html, extraction: .on).0)
        #expect(text.contains("The figures come from the annual report"))
    }
}

import Foundation
import OctavoCore
import Testing
@testable import OctavoTranscript

/// One test per rule, each with a real line from the corpus or the sample.
@Suite struct RuleTests {
    @Test func mojibakeRepairsWindows1252Damage() {
        // pasted-blog-compilation.txt line 3, as it looks after a wrong decode.
        #expect(Mojibake.repair("Wendy Shermanâ€™s remarks") == "Wendy Sherman’s remarks")
        #expect(Mojibake.repair("café au lait") == nil)
    }

    @Test func invisibleCharactersGo() {
        // pasted-blog-compilation.txt line 31 holds non-breaking spaces.
        let (text, changed) = InvisibleCharacters.clean("creating a\u{00A0}“unacceptable”\u{00A0}threat\u{200B}  ")
        #expect(text == "creating a “unacceptable” threat")
        #expect(changed)
    }

    @Test func speakerLabels() {
        #expect(SpeakerLabels.match("MS. PSAKI:  Good evening, everyone.")?.speaker == "MS. PSAKI")
        #expect(SpeakerLabels.match("Q    Thanks, Jen.  First off, congratulations.")?.speaker == "Q")
        #expect(SpeakerLabels.match("**Kevin Ball:** Lightning talks.")?.speaker == "Kevin Ball")
        #expect(SpeakerLabels.match("Speaker 0: Great. I guess")?.speaker == "Speaker 0")
        #expect(SpeakerLabels.match("THE PRESIDENT:  The Senate will")?.speaker == "THE PRESIDENT")
        #expect(SpeakerLabels.match("Ms. WASSERMAN SCHULTZ. Mr. Speaker, I rise today")?.speaker == "Ms. WASSERMAN SCHULTZ")
        #expect(SpeakerLabels.match(">> NAME: hello")?.speaker == "NAME")
        #expect(SpeakerLabels.match("QUESTION: Thank you, Ned.")?.speaker == "QUESTION")
        #expect(SpeakerLabels.match("The SPEAKER pro tempore. The Chair recognizes the gentlewoman")?.speaker == "The SPEAKER pro tempore")
        #expect(SpeakerLabels.match("Mr. President. I rise") == nil)
        #expect(SpeakerLabels.match("Jane Doe  00:03")?.timestamp == "00:03")
        #expect(SpeakerLabels.match("NOTE: Where it is feasible, a syllabus") == nil)
        #expect(SpeakerLabels.match("Agenda: <https://github.com/lightning/bolts/issues/1098>") == nil)
        #expect(SpeakerLabels.match("Quite so.") == nil)
    }

    @Test func timestamps() {
        // md-changelog-js-party-100.md: `\[04:03\] So I think…` (after unescaping)
        #expect(Timestamps.leading("[04:03] So I think")?.time == "04:03")
        #expect(Timestamps.lineOnly("{time}  1045") == "10:45")
        #expect(Timestamps.lineOnly("0:04") == "0:04")
        // md-wh-press-briefing: `7:06 P.M. EST` is a time of day.
        #expect(Timestamps.leading("7:06 P.M. EST") == nil)
    }

    @Test func stageDirectionsKeepTheirTextAndMoveTheTime() throws {
        let found = StageDirections.find(in: "But with Safari making restrictions [unintelligible 00:03:10.02] CCPA coming", keepTimestamps: false)
        #expect(found.map(\.text) == ["[unintelligible]"])
        #expect(found.first?.timestamp == "00:03:10.02")
        #expect(StageDirections.find(in: "[M]aybe Russia is indeed “wrong”", keepTimestamps: false).isEmpty)
        #expect(StageDirections.find(in: "(The assemblage repeated the Pledge of Allegiance to the Flag.)", keepTimestamps: false).count == 1)
    }

    @Test func bylines() {
        let byline = Bylines.parse("By Natylie Baldwin, Antiwar.com, 1/7/22")
        #expect(byline == Bylines.Byline(author: "Natylie Baldwin", source: "Antiwar.com", date: "1/7/22"))
        #expect(Bylines.parse("By Pepe Escobar, Strategic Culture Foundation, 1/6/22")?.source == "Strategic Culture Foundation")
        #expect(Bylines.parse("By this, the ruling elite antagonized Kazakhstan’s Russian population.") == nil)
    }

    @Test func linkRemnants() {
        #expect(LinkRemnants.reason(Para(text: "Read complete article here.", line: 116)) != nil)
        #expect(LinkRemnants.reason(Para(text: "Transcript of Sherman’s comments here.", line: 21)) != nil)
        #expect(LinkRemnants.reason(Para(text: "Note: press briefing starts at around the 15 minute mark", line: 45)) != nil)
        #expect(LinkRemnants.isCredit("by Ssolbergj + own work, Aquarius.geomar.de The map has been created with the Generic"))
        #expect(LinkRemnants.reason(Para(text: "Stoltenberg also suggested that Russia expressed a willingness to keep the dialogue going.", line: 7)) == nil)
    }

    @Test func headingsAreTitleLike() {
        #expect(Headings.isTitleLike("Almaty in chaos"))
        #expect(Headings.isTitleLike("What’s Going on in Kazakhstan?"))
        #expect(!Headings.isTitleLike("How could it all derail so fast?"))
        #expect(!Headings.isTitleLike("Maidan in Almaty? Oh yeah. But it’s complicated."))
        #expect(Headings.lineHeading("## Who depends on this feature?")?.kind == .heading(level: 2))
    }

    @Test func hardWrapJoiningRejoinsBrokenWords() throws {
        // txt-scotus-opinion-byrd-v-us.txt: "an un-" / "lawful search"
        let lines = ["motion to suppress the evidence as the fruit of an un-", "   lawful search, and the Third Circuit affirmed."]
        let source = lines.enumerated().map { SourceLine(text: $0.element, number: $0.offset + 1) }
        let joiner = HardWrapJoining(lines: source)
        #expect(joiner.join(source.map(\.content)[...]) == "motion to suppress the evidence as the fruit of an unlawful search, and the Third Circuit affirmed.")
        // big transcripts break compounds at their own hyphen: `day-` / `to-day` stays `day-to-day`.
        #expect(joiner.keepsHyphen("day", "to-day"))
    }

    @Test func pageFurniture() {
        #expect(PageFurniture.isPageNumber("1508", indent: 60))
        #expect(PageFurniture.isPageNumber("[[Page H6910]]", indent: 0))
        #expect(PageFurniture.isPageNumber("Page 12 of 40", indent: 0))
        #expect(!PageFurniture.isPageNumber("1. The mere fact", indent: 6))
    }

    @Test func runningHeadsAndMarginNumbersAreRemoved() throws {
        var text = ""
        for page in 1...8 {
            text += "                                                            \(1506 + page)\n\n"
            text += "        1                      THE PRESIDENT:  The Senate will\n\n"
            let word = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"][page - 1]
            text += "        2        come to order.  The \(word) item goes on and on\n\n"
            text += "        3        and so it ends.\n\n\n\n"
        }
        let (document, diagnostics) = try Transcript.read(text)
        let plain = Transcript.plainText(document)
        #expect(!plain.contains("1507"))
        #expect(plain.contains("THE PRESIDENT: The Senate will come to order."))
        #expect(diagnostics.contains { $0.source == "transcript.page-furniture" })
    }

    @Test func quotations() {
        let intro = Para(text: "RT reported that Gushko also stated that NATO was in a Cold War mindset, bent on containing Russia:", line: 27)
        let quote = Para(text: "“The US-led NATO military bloc has reverted to full Cold War strategy of “containment” towards Russia,” Grushko told reporters.", line: 29)
        #expect(Quotations.isQuotation(quote, introduced: Quotations.introduces(intro)))
        let unclosed = Para(text: "“The US-led NATO military bloc has reverted to full Cold War strategy towards Russia, and", line: 29)
        #expect(Quotations.isQuotation(unclosed, introduced: true))
        #expect(!Quotations.isQuotation(unclosed, introduced: false))
        // pasted-blog-compilation.txt line 110 (shortened): a quoted passage with its attribution.
        #expect(Quotations.isQuotation(Para(text: "“Over the past year or two, we have seen government attempts at flirting with nationalists and strived to finish it off,” the analyst said.", line: 110), introduced: false))
        #expect(!Quotations.isQuotation(Para(text: "The diplomat added that Moscow believes NATO’s behavior is creating a “unacceptable” threat to Russia that it will have to counter.”", line: 31), introduced: false))
        #expect(Quotations.isQuotation(Para(text: "[M]aybe Russia is indeed “wrong” in its assessment of NATO, but that incorrect assessment is driving what it does.", line: 17), introduced: false))
    }

    @Test func footnoteMarks() {
        #expect(FootnoteMarks.noteMark("**Shoutout to Ray McGovern for discussing this")?.mark == "**")
        let text = "“Biden made it clear that the US does not intend to deploy offensive strike weapons in Ukraine.”,** 2) US reiterated"
        #expect(FootnoteMarks.reference("**", in: text) != nil)
        #expect(FootnoteMarks.noteMark("**Kevin Ball:** Lightning talks.") == nil)
    }

    @Test func listsAndLineBlocks() throws {
        // md-wai-perspective-layout-page.md
        let (document, _) = try Transcript.read("""
        -   People with low vision who are using screen magnification and only
            see a portion of the screen at a time.
        -   People with cognitive and learning disabilities who need clarity and
            consistency to orient themselves on a website.
        """)
        guard case let .list(list)? = document.blocks.first else { Issue.record("no list"); return }
        #expect(list.items.count == 2)
    }

    @Test func subtitlesSRT() throws {
        let srt = try String(contentsOf: Transcript.corpus.appendingPathComponent("srt-sintel.en.srt"), encoding: .utf8)
        let (document, _) = try Transcript.read(srt, path: "x.srt")
        let text = Transcript.plainText(document)
        #expect(text.hasPrefix("This blade has a dark past. It has shed much innocent blood."))
        #expect(!text.contains("-->"))
    }

    @Test func subtitlesWebVTTVoicesAndRollingCaptions() throws {
        let vtt = """
        WEBVTT
        Kind: captions

        NOTE a comment

        00:00:01.000 --> 00:00:02.000 align:start position:0%
        <v Roger Bingham>We are in New York City

        00:00:02.000 --> 00:00:03.000
        <v Roger Bingham>We are in New York City
        and we’re going to be talking

        00:00:03.500 --> 00:00:05.000
        <v Neil deGrasse Tyson><i>Hello.</i>
        """
        let (document, _) = try Transcript.read(vtt, path: "x.vtt")
        #expect(Transcript.plainText(document) == "Roger Bingham: We are in New York City and we’re going to be talking\nNeil deGrasse Tyson: Hello.")
    }

    @Test func broadcastCaptionChevronsChangeSpeaker() throws {
        let srt = "1\n00:00:01,000 --> 00:00:02,000\n>> ANDERSON: Good evening.\nWe begin tonight\n\n2\n00:00:02,000 --> 00:00:03,000\nwith the news.\n>> SMITH: Thank you.\n"
        let (document, _) = try Transcript.read(srt, path: "x.srt")
        #expect(Transcript.plainText(document) == "ANDERSON: Good evening. We begin tonight with the news.\nSMITH: Thank you.")
    }

    @Test func frontMatterBecomesMetadata() throws {
        let (document, _) = try Transcript.read("---\ntitle: Lightning Specification Meeting - Agenda 1098\ndate: 2023-07-31\n---\n\nSpeaker 0: Great.\n")
        #expect(document.metadata.title == "Lightning Specification Meeting - Agenda 1098")
        #expect(document.metadata.date == "2023-07-31")
    }

    @Test func doubleSpacingAndIndentation() throws {
        let path = Transcript.corpus.appendingPathComponent("txt-nysenate-session-1998-03-10.txt")
        let (document, _) = try Transcript.read(file: path)
        let text = Transcript.plainText(document)
        #expect(text.contains("THE PRESIDENT: The Senate will come to order. Would everyone please rise and join with me in the Pledge of Allegiance."))
        #expect(text.contains("\n(The assemblage repeated the Pledge of Allegiance to the Flag.)\n"))
    }
}

/// The wrap column is a percentile of line lengths, counted rather than sorted.
@Suite struct WrapColumnTests {
    @Test func countedPercentileIsTheSortedOne() {
        let lengths = (0..<5_000).map { ($0 * 7_919) % 1_500 } // a third of them over the counted range
        let sorted = lengths.sorted()
        for rank in [0, 1, 2_500, 3_400, 4_500, 4_999] {
            #expect(LineBlocks.Layout.element(atRank: rank, of: lengths) == sorted[rank], "rank \(rank)")
        }
    }
}

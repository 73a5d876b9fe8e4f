@testable import OctavoHTML
import Testing

/// ``PhraseSet`` answers as ``ClassHints/matches(_:_:)`` does, phrase by phrase, in one pass.
@Suite struct PhraseSetTests {
    static let texts = ["", "Sign up for our newsletter", "SIGN UP", "sign", "Copyright © 2019 Reuters", "ⓒ 연합뉴스 무단전재",
                        "article-body main-content", "sidebar-menu", "Foto: Reuters", "x", "newsletters", "The Subscriber's view",
                        "display:none", "Ünïcödé Newsletter", "follow @site"]

    @Test func answersAsOneSearchPerPhrase() {
        for list in [ClassHints.unlikely, ClassHints.positive, CallToActionRule.phrases, CopyrightLineRule.cues, ["a", "ab", "abc"]] {
            let set = PhraseSet(list)
            for text in Self.texts {
                #expect(set.occurs(in: text) == ClassHints.matches(text, list), "\(text) in \(list)")
            }
        }
    }

    @Test func comparesASCIILettersWithoutCaseOnly() {
        let set = PhraseSet(["newsletter", "ü"])
        #expect(set.occurs(in: "Daily NEWSLETTER"))
        #expect(set.occurs(in: "über"))
        #expect(!set.occurs(in: "ÜBER"), "only ASCII letters are compared without case")
        #expect(!set.occurs(in: "news letter"))
        #expect(!PhraseSet([]).occurs(in: "anything"))
    }
}

import Foundation
import OctavoCore
@testable import OctavoHTML
import Testing

@Suite struct HTMLMetadataTests {
    static func metadata(_ html: String) throws -> Metadata { try ReaderHarness.read(html, extraction: .off).0.metadata }

    @Test func openGraphBeatsTwitterAndTheTitleElement() throws {
        let m = try ReaderHarness.read(try ReaderHarness.fixture("reader/metadata-opengraph.html")).0.metadata
        #expect(m.title == "Open Graph title")
        #expect(m.authors == ["Marie Curie"])
        #expect(m.date == "2023-03-04", "the publication day, as ISO 8601")
        #expect(m.siteName == "Le Site")
        #expect(m.language == "fr")
        #expect(m.description == "Open Graph description")
        #expect(m.source == "https://site.example/article")
    }

    @Test func twitterTitleWhenNoOpenGraph() throws {
        #expect(try Self.metadata("<html><head><title>A | B</title><meta name='twitter:title' content='Tw'></head><body></body></html>").title == "Tw")
    }

    @Test func jsonLinkedDataComesFirst() throws {
        let m = try ReaderHarness.read(try ReaderHarness.fixture("reader/metadata-jsonld.html")).0.metadata
        #expect(m.title == "JSON-LD headline")
        #expect(m.authors == ["Anna Autor", "Bert Beitrag"])
        #expect(m.date == "2022-01-02")
        #expect(m.siteName == "Verlag")
        #expect(m.description == "JSON-LD description")
    }

    @Test func titleElementLosesItsSiteSuffix() throws {
        #expect(try Self.metadata("<html><head><title>The Long Article Title Here | Example Site</title></head><body></body></html>").title
                == "The Long Article Title Here")
        #expect(try Self.metadata("<html><head><title>Example Site » The Long Article Title Here</title></head><body></body></html>").title
                == "The Long Article Title Here")
    }

    @Test func aShortRemainderKeepsTheWholeTitle() throws {
        let html = "<html><head><title>Rivers | The Post</title></head><body><h1>Rivers</h1></body></html>"
        #expect(try Self.metadata(html).title == "Rivers | The Post")
    }

    @Test func loneH1WhenTheTitleIsUseless() throws {
        #expect(try ReaderHarness.read(try ReaderHarness.fixture("reader/metadata-h1.html")).0.metadata.title == "The heading is the title")
    }

    @Test func bylineAndTimeFromMarkup() throws {
        let m = try ReaderHarness.read(try ReaderHarness.fixture("reader/metadata-title.html")).0.metadata
        #expect(m.authors == ["Sam Writer"])
        #expect(m.date == "2021-07-08")
    }

    @Test func canonicalLinkAndLanguage() throws {
        let m = try Self.metadata("<html lang='pt-BR'><head><link rel='canonical' href='https://x.example/a'></head><body><p>x</p></body></html>")
        #expect(m.source == "https://x.example/a")
        #expect(m.language == "pt-BR")
    }

    @Test func entitiesInMetaContentAreDecoded() throws {
        let m = try Self.metadata("<html><head><meta name='description' content='Fish &amp; chips &#x1F600;'></head><body></body></html>")
        #expect(m.description == "Fish & chips 😀")
    }
}

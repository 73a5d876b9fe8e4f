import Foundation
import OctavoCore
@testable import OctavoHTML
import Testing

/// Whatever a page holds, the model the reader makes writes as XHTML valid against EPUB 3's
/// content model: constrained values are normalised, missing required children repaired.
@Suite struct ValidByConstructionTests {
    @Test func aTermWithoutDefinitionBecomesAParagraphAfterTheList() throws {
        let (document, _) = try ReaderHarness.read("<dl><dt>Term</dt><dd>Meaning</dd><dt>Left alone</dt></dl>")
        guard case let .definitionList(items)? = document.blocks.first else {
            Issue.record("no definition list: \(document.blocks)")
            return
        }
        #expect(items.count == 1)
        #expect(items.allSatisfy { !$0.definitions.isEmpty })
        #expect(document.blocks.last == .paragraph([.text("Left alone")]))
    }

    @Test func aListOfTermsOnlyIsAParagraph() throws {
        let (document, _) = try ReaderHarness.read("<dl><dt>One</dt><dt>Two</dt></dl>")
        #expect(document.blocks == [.paragraph([.text("One"), .lineBreak, .text("Two")])])
    }

    @Test func pageDatesBecomeTheirISODay() throws {
        let cases = [("<meta property='article:published_time' content='2019-11-19T18:18:25.828095'>", "2019-11-19"),
                     ("<meta name='date' content='2019-11-18 17:19:53 GMT'>", "2019-11-18"),
                     ("<meta name='date' content='November 18, 2019'>", "2019-11-18"),
                     ("<meta name='date' content='0001-01-01T00:00:00Z'>", nil)]
        for (meta, day) in cases {
            let html = "<html><head>\(meta)</head><body><p>Text.</p></body></html>"
            #expect(try ReaderHarness.read(html).0.metadata.date == day, "\(meta)")
        }
    }

    @Test func theHeaderWritesTimeOnlyForValidDatetimes() throws {
        var valid = Metadata(), invalid = Metadata()
        valid.date = "2019-11-19"
        invalid.date = "2019-11-19T18:18:25.828095"
        var options = ConversionOptions()
        options.standalone = true
        let context = ConversionContext(options: options, environment: [:])
        let write = { (m: Metadata) in
            String(decoding: try HTMLWriter().write(Book(metadata: m, documents: [Document(metadata: m, blocks: [])]), context: context),
                   as: UTF8.self)
        }
        #expect(try write(valid).contains("<time datetime=\"2019-11-19\">"))
        #expect(try !write(invalid).contains("<time"))
    }
}

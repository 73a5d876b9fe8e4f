import Foundation
import OctavoCore
import OctavoTestSupport
import Testing

/// A document that uses every block and inline case.
let everyConstruct: Document = {
    let note = Footnote(label: "n1", blocks: [.paragraph([.text("A note.")])])
    let inlines: [Inline] = [
        .text("Plain "), .emphasis([.text("em")]), .strong([.text("strong")]), .strikethrough([.text("gone")]),
        .superscript([.text("2")]), .subscript([.text("i")]), .code("x < y"),
        .link(Link(destination: "https://example.org/a?b=c", title: "T", content: [.text("link")])),
        .image(Image(source: "img/a.png", title: "fig", alt: [.text("alt")], attributes: Attributes(pairs: ["width": "10"]))),
        .softBreak, .lineBreak, .footnote(note),
        .span(Attributes(classes: [Conventions.Class.stageDirection]), [.text("(Laughter.)")]),
        .raw(format: "html", text: "<kbd>k</kbd>"),
    ]
    let table = Table(caption: [.text("Cap")], alignments: [.left, .right],
                      head: [[Table.Cell([.text("h1")]), Table.Cell([.text("h2")])]],
                      body: [[Table.Cell(blocks: [.plain([.text("a")])], columnSpan: 2, alignment: .center)]])
    return Document(
        metadata: Metadata(title: "Every construct", authors: ["A. Author", "B. Author"], date: "2022-01-07",
                           language: "en", source: "https://example.org", siteName: "Example",
                           subjects: ["test"], extra: ["custom": "value"]),
        blocks: [
            .heading(Heading(level: 1, content: [.text("Title")], attributes: Attributes(id: "title"))),
            .paragraph(inlines),
            .plain([.text("plain")]),
            .blockQuote([.paragraph([.text("quoted")])]),
            .list(ListBlock(kind: .ordered(start: 3, delimiter: ")"), isTight: false,
                            items: [.init(task: .done, blocks: [.paragraph([.text("done")])]), .init(blocks: [])])),
            .list(ListBlock(kind: .bullet, items: [.init(task: .open, blocks: [.plain([.text("todo")])])])),
            .codeBlock(CodeBlock(language: "swift", info: "swift title=a", text: "let x = 1\n")),
            .thematicBreak,
            .table(table),
            .figure(Figure(content: [.plain([.image(Image(source: "b.png"))])], caption: [.text("A figure")])),
            .definitionList([DefinitionItem(term: [.text("Term")], definitions: [[.paragraph([.text("Def")])]])]),
            .lineBlock([[.text("line one")], [.text("line two")]]),
            .division(Attributes(classes: [Conventions.Class.turn], pairs: [Conventions.Key.speaker: "MS. PSAKI"]),
                      [.paragraph([.text("Hello.")])]),
            .raw(format: "html", text: "<div>raw</div>"),
        ],
        resources: [Resource(reference: "img/a.png")],
        sourcePath: "every.md")
}()

@Suite struct ModelJSONTests {
    @Test func documentRoundTripsThroughJSON() throws {
        let data = try ModelJSON.encode(everyConstruct)
        #expect(try ModelJSON.decodeDocument(data) == everyConstruct)
    }

    @Test func bookRoundTripsThroughJSON() throws {
        let book = Book(metadata: Metadata(title: "B"), documents: [everyConstruct, Document()])
        #expect(try ModelJSON.decodeBook(try ModelJSON.encode(book)) == book)
    }

    @Test func encodingIsCanonical() throws {
        let a = try ModelJSON.encode(everyConstruct, pretty: false)
        let b = try ModelJSON.encode(try ModelJSON.decodeDocument(a), pretty: false)
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.hasPrefix(#"{"document":{"blocks":[{"attributes":{"id":"title"},"content":[{"text":"Title","type":"text"}],"level":1,"type":"heading"}"#))
        #expect(text.hasSuffix(#""schemaVersion":1}"#))
    }

    @Test func wrongSchemaVersionIsRefused() {
        let json = Data(#"{"schemaVersion": 99, "document": {"metadata": {}, "blocks": []}}"#.utf8)
        #expect(throws: OctavoError.self) { try ModelJSON.decodeDocument(json) }
    }

    @Test func unknownTypeIsRefused() {
        let json = Data(#"{"schemaVersion": 1, "document": {"metadata": {}, "blocks": [{"type": "marquee"}]}}"#.utf8)
        #expect(throws: DecodingError.self) { try ModelJSON.decodeDocument(json) }
    }
}

@Suite struct LenientDecodingTests {
    @Test func emptyFieldsMayBeLeftOut() throws {
        let json = #"""
        {"schemaVersion": 1, "document": {"blocks": [
          {"type": "heading", "level": 2, "content": [{"type": "text", "text": "H"}]},
          {"type": "paragraph", "content": [{"type": "image", "source": "a.png"}, {"type": "link", "destination": "u"}]},
          {"type": "list", "items": [{"blocks": []}]},
          {"type": "table", "body": [[{"blocks": []}]]},
          {"type": "codeBlock", "text": "x"}
        ]}}
        """#
        let document = try ModelJSON.decodeDocument(Data(json.utf8))
        #expect(document.blocks[0] == .heading(Heading(level: 2, content: [.text("H")])))
        #expect(document.blocks[1] == .paragraph([.image(Image(source: "a.png")), .link(Link(destination: "u", content: []))]))
        #expect(document.blocks[2] == .list(ListBlock(kind: .bullet, items: [.init(blocks: [])])))
        #expect(document.blocks[3] == .table(Table(alignments: [], head: [], body: [[Table.Cell(blocks: [])]])))
    }
}

import Foundation
import OctavoCore
@testable import OctavoEPUB
import OctavoTestSupport
import Testing

/// A two-input book with every kind of content: images of each type (one used twice), a cover,
/// footnotes, tables, nested lists, cross-document links. epubcheck must find nothing.
@Suite struct RichBookTests {
    private static func makeBook(in folder: URL) throws -> Book {
        let root = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("img"), withIntermediateDirectories: true)
        try EPUBTestKit.png.write(to: root.appendingPathComponent("img/photo.png"))
        try EPUBTestKit.otherPNG.write(to: root.appendingPathComponent("img/plain.png"))
        try EPUBTestKit.svg.write(to: root.appendingPathComponent("img/diagram.svg"))
        let note = Inline.footnote(Footnote(blocks: [M.p("A note with "), .paragraph([.emphasis([.text("emphasis")])])]))
        let nested = M.bullets([
            [.plain([.text("one")]), .list(ListBlock(kind: .ordered(start: 3, delimiter: "."), items: [
                ListBlock.Item(blocks: [.plain([.text("three")]), M.bullets([[.plain([.text("deep")])]])]),
                ListBlock.Item(blocks: [.plain([.text("four")])]),
            ]))],
            [.plain([.text("two")])],
        ])
        let table = Block.table(Table(caption: [.text("Figures")], alignments: [.left, .right],
                                      head: [[Table.Cell([.text("Name")]), Table.Cell([.text("Value")])]],
                                      body: [[Table.Cell([.text("a")]), Table.Cell([.text("1")])],
                                             [Table.Cell([.text("b")]), Table.Cell([.strong([.text("2")])])]]))
        let first = Document(
            metadata: Metadata(title: "Of Engines", authors: ["Ada Lovelace"], date: "1843-09-01", language: "en-GB",
                               source: "https://example.org/engines", siteName: "Example Review"),
            blocks: [
                M.h(1, "Of Engines"),
                .paragraph([.text("The engine"), note, .text(" weaves patterns. See "),
                            .link(Link(destination: "other.md#part-two", content: [.text("part two")])),
                            .text(" and "), .link(Link(destination: "#tables", content: [.text("the table")])), .text(".")]),
                .paragraph([M.img("img/photo.png", alt: "A photograph"), .text(" again: "), M.img("./img/photo.png", alt: "The same photograph")]),
                .figure(Figure(content: [.plain([M.img("img/diagram.svg", alt: "A diagram")])], caption: [.text("A diagram.")])),
                .paragraph([M.img("data:image/gif;base64," + EPUBTestKit.gifBase64, alt: "A dot")]),
                .paragraph([M.img("https://example.com/chart.png", alt: "Remote chart")]),
                .paragraph([.link(Link(destination: "https://example.com", content: [M.img("https://example.com/logo.png", alt: "Logo")]))]),
                .paragraph([M.img("img/plain.png", alt: "")]),
                M.h(2, "Tables", id: "tables"),
                table,
                M.h(2, "Lists"),
                nested,
                M.h(3, "Definitions"),
                .definitionList([DefinitionItem(term: [.text("Engine")], definitions: [[M.p("A machine.")]])]),
                .codeBlock(CodeBlock(language: "swift", text: "let x = 1 < 2 && true\n")),
                .blockQuote([M.p("Quoted.")]),
                .thematicBreak,
                .lineBlock([[.text("line one")], [.text("line two")]]),
                .raw(format: "html", text: #"<p>Raw: <img src="img/photo.png" alt="raw photo"> <a href="missing.html">gone</a> "#
                     + #"<a href='#tables'>tables</a> <img src="https://example.com/r.png" alt="remote raw"></p>"#),
                .raw(format: "html", text: #"<p>Math: <math><mi>x</mi><mo>=</mo><mn>1</mn></math></p>"#),
                .raw(format: "html", text: #"<p><a name="anchor1"></a><span id="tables">same id as a heading</span></p>"#),
                .paragraph([.link(Link(destination: "#anchor1", content: [.text("to the raw anchor")]))]),
            ],
            sourcePath: root.appendingPathComponent("engines.md").path)
        let second = Document(
            metadata: Metadata(title: "Notes", authors: ["Charles Babbage"], language: "Klingon!!"),
            blocks: [
                .heading(Heading(level: 1, content: [.text("Notes"), .footnote(Footnote(blocks: [M.p("title note")]))])),
                M.p("Intro."),
                M.h(2, "Part Two", id: "part-two"),
                .list(ListBlock(kind: .bullet, items: [ListBlock.Item(task: .done, blocks: [.plain([.text("done")])]),
                                                       ListBlock.Item(task: .open, blocks: [.plain([.text("open")])])])),
                .paragraph([.text("Back to "), .link(Link(destination: "engines.md", content: [.text("the engines")])),
                            .text("; a "), .link(Link(destination: "missing.md", content: [.text("dangling link")])), .text(".")]),
            ],
            sourcePath: root.appendingPathComponent("other.md").path)
        return Book(metadata: Metadata(title: "Engines & Notes", subtitle: "A compilation", authors: ["Ada Lovelace"],
                                       date: "2024-03-05", language: "en", publisher: "Octavo Press",
                                       description: "Two essays.", subjects: ["Computing", "History"], rights: "Public domain",
                                       extra: ["file-as": "Lovelace, Ada"]),
                    documents: [first, second])
    }

    @Test func richBookIsCleanAndComplete() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Self.makeBook(in: folder)
        let coverPath = folder.appendingPathComponent("cover.png")
        try EPUBTestKit.png.write(to: coverPath)
        let (epub, context) = try EPUBTestKit.write(book) { $0.cover = coverPath.path }
        let entries = try EPUBTestKit.entries(epub)
        let names = entries.map(\.name)

        #expect(names.first == "mimetype")
        #expect(entries.first?.isStored == true)
        #expect(entries.first?.data == Data("application/epub+zip".utf8))
        #expect(names.contains("EPUB/cover.xhtml"))
        #expect(names.filter { $0.hasPrefix("EPUB/chapter-") } == ["EPUB/chapter-001.xhtml", "EPUB/chapter-002.xhtml"])
        // cover (= photo, same bytes), diagram, gif, plain: the photo is stored once.
        let images = names.filter { $0.hasPrefix("EPUB/images/") }
        #expect(images == ["EPUB/images/img-0001.png", "EPUB/images/img-0002.svg", "EPUB/images/img-0003.gif", "EPUB/images/img-0004.png"])

        let opf = EPUBTestKit.text("EPUB/content.opf", in: entries)
        #expect(opf.contains(#"properties="cover-image""#))
        #expect(opf.contains(#"<item id="chapter-001" href="chapter-001.xhtml" media-type="application/xhtml+xml" properties="mathml"/>"#))
        #expect(opf.contains(#"<item id="chapter-002" href="chapter-002.xhtml" media-type="application/xhtml+xml"/>"#))
        #expect(opf.contains(##"<meta refines="#creator-1" property="file-as">Lovelace, Ada</meta>"##))
        #expect(opf.contains("<dc:title id=\"title\">Engines &amp; Notes</dc:title>"))
        #expect(!opf.contains("Charles Babbage"), "article authors are not book creators")
        #expect(opf.contains("<dc:source>https://example.org/engines</dc:source>"))
        #expect(opf.contains("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>"))
        #expect(opf.contains("<meta property=\"schema:accessModeSufficient\">textual,visual</meta>"))
        #expect(!opf.contains("alternativeText"), "one image has no alt text")

        let chapter1 = EPUBTestKit.text("EPUB/chapter-001.xhtml", in: entries)
        #expect(chapter1.contains(#"href="chapter-002.xhtml#part-two""#))
        #expect(chapter1.contains(##"href="#tables""##))
        #expect(chapter1.contains(#"src="images/img-0001.png""#))
        #expect(chapter1.contains(#"xml:lang="en-GB""#))
        #expect(chapter1.contains("Example Review"))
        #expect(chapter1.contains(#"epub:type="footnote""#))
        #expect(!chapter1.contains("logo.png"), "remote images inside links become text")
        #expect(!chapter1.contains("missing.html") && !chapter1.contains("r.png"), "raw HTML keeps no dangling URL")
        #expect(chapter1.contains("[remote raw]"))
        #expect(chapter1.contains("raw photo"))
        #expect(chapter1.contains(#"id="tables-2""#), "raw HTML ids are unique in the book")
        #expect(chapter1.contains(##"href="#anchor1""##), "links reach anchors in raw HTML")
        #expect(chapter1.contains("text-align: right"), "column alignment is kept, as CSS")
        let chapter2 = EPUBTestKit.text("EPUB/chapter-002.xhtml", in: entries)
        #expect(chapter2.contains(#"href="chapter-001.xhtml""#))
        #expect(!chapter2.contains("missing.md"))
        #expect(chapter2.contains("Charles Babbage"))
        #expect(chapter2.contains(#"xml:lang="en""#), "an invalid language tag falls back to the book's")
        #expect(!chapter2.contains("title note"), "a note in a title is left out")

        let messages = context.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("remote image https://example.com/chart.png") })
        #expect(messages.contains { $0.contains("img/plain.png has no alt text") })
        try EPUBTestKit.expectClean(epub, named: "rich")
    }

    @Test func navigationNestsSectionsToTheChosenDepth() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Self.makeBook(in: folder)
        let deep = try EPUBTestKit.entries(EPUBTestKit.write(book) { $0.tocDepth = 3 }.0)
        let nav3 = EPUBTestKit.text("EPUB/nav.xhtml", in: deep)
        #expect(nav3.contains("chapter-001.xhtml#tables"))
        #expect(nav3.contains(">Definitions</a>"))
        let shallow = try EPUBTestKit.entries(EPUBTestKit.write(book) { $0.tocDepth = 1 }.0)
        let nav1 = EPUBTestKit.text("EPUB/nav.xhtml", in: shallow)
        #expect(!nav1.contains("#tables"))
        #expect(nav1.contains(">Of Engines</a>"))
        let ncx = EPUBTestKit.text("EPUB/toc.ncx", in: deep)
        #expect(ncx.contains("<meta name=\"dtb:depth\" content=\"3\"/>"))
    }
}

import Foundation
import OctavoCore
import OctavoText
import Testing

/// Text output for models no Markdown reader makes: turns, articles, compilations, and the rest.
@Suite struct PlainTextModelTests {
    static func write(_ book: Book, configure: (inout ConversionOptions) -> Void = { _ in }) throws -> String {
        var options = ConversionOptions()
        configure(&options)
        let data = try PlainTextWriter().write(book, context: ConversionContext(options: options, environment: [:]))
        return String(decoding: data, as: UTF8.self)
    }

    static func write(_ blocks: [Block], configure: (inout ConversionOptions) -> Void = { _ in }) throws -> String {
        try write(Book(documents: [Document(blocks: blocks)]), configure: configure)
    }

    static func turn(_ speaker: String, _ text: String, time: String? = nil) -> Block {
        var attributes = Attributes(classes: [Conventions.Class.turn], pairs: [Conventions.Key.speaker: speaker])
        attributes[Conventions.Key.timestamp] = time
        return .division(attributes, [.paragraph([.text(text)])])
    }

    @Test func everyTurnIsAParagraphStartingWithTheSpeaker() throws {
        let text = try Self.write([
            Self.turn("MS. PSAKI", "Good afternoon, everyone. I have a few items at the top, and then we will get to your questions."),
            Self.turn("Q", "Thank you."),
        ])
        #expect(text == """
            MS. PSAKI: Good afternoon, everyone. I have a few items at the top, and
            then we will get to your questions.

            Q: Thank you.

            """)
    }

    @Test func timestampsShowOnlyWhenAskedFor() throws {
        let blocks = [Self.turn("Q", "Hello.", time: "00:01:02")]
        #expect(try Self.write(blocks) == "Q: Hello.\n")
        #expect(try Self.write(blocks) { $0.keepTimestamps = true } == "[00:01:02] Q: Hello.\n")
    }

    @Test func articlesShowTitleThenByline() throws {
        let article = Block.division(
            Attributes(classes: [Conventions.Class.article],
                       pairs: [Conventions.Key.author: "Ann Able; Bob Baker", Conventions.Key.date: "2024-01-05"]),
            [.heading(Heading(level: 2, content: [.text("An Article")])), .paragraph([.text("Body.")])])
        #expect(try Self.write([article, article]) == """
            An Article
            ----------

            By Ann Able, Bob Baker
            2024-01-05

            Body.

            An Article
            ----------

            By Ann Able, Bob Baker
            2024-01-05

            Body.

            """)
    }

    static func article(_ title: String, source: String? = nil) -> Block {
        var attributes = Attributes(classes: [Conventions.Class.article], pairs: [Conventions.Key.author: "Ann Able"])
        attributes[Conventions.Key.source] = source
        return .division(attributes, [.heading(Heading(level: 2, content: [.text(title)])), .paragraph([.text("Body.")])])
    }

    /// A pasted compilation's title is its first article's: it is written once, as that article's heading.
    @Test func theDocumentTitleIsNotRepeatedAboveTheFirstArticle() throws {
        var document = Document(blocks: [Self.article("First Piece", source: "The Paper"), Self.article("Second Piece")])
        document.metadata.title = "First Piece"
        #expect(try Self.write(Book(metadata: document.metadata, documents: [document])) == """
            First Piece
            -----------

            By Ann Able
            The Paper

            Body.

            Second Piece
            ------------

            By Ann Able

            Body.

            """)
        document.metadata.title = "The Collection"
        #expect(try Self.write(Book(metadata: document.metadata, documents: [document])).hasPrefix("""
            The Collection
            ==============

            First Piece
            -----------
            """))
    }

    @Test func aCompilationPrintsEachDocumentWithItsTitleAndNotes() throws {
        let note = Inline.footnote(Footnote(label: "a", blocks: [.paragraph([.text("A note.")])]))
        let first = Document(metadata: Metadata(title: "First", authors: ["Ann"]), blocks: [.paragraph([.text("One"), note])])
        let second = Document(metadata: Metadata(title: "Second", date: "2020"), blocks: [.paragraph([.text("Two"), note])])
        let text = try Self.write(Book(metadata: Metadata(title: "The Book"), documents: [first, second]))
        #expect(text == """
            The Book
            ========

            First
            =====

            By Ann

            One[1]

            ----

            [1] A note.

            Second
            ======

            2020

            Two[1]

            ----

            [1] A note.

            """)
    }

    @Test func definitionListsLineBlocksFiguresAndRawText() throws {
        let text = try Self.write([
            .definitionList([DefinitionItem(term: [.text("Term")], definitions: [[.paragraph([.text("Its meaning.")])]])]),
            .lineBlock([[.text("Roses are red,")], [.text("violets are blue.")]]),
            .figure(Figure(content: [.plain([.image(Image(source: "a.png", alt: [.text("A cat")]))])], caption: [.text("Figure 1.")])),
            .raw(format: "text", text: "kept as is\n"),
            .raw(format: "html", text: "<p>dropped</p>"),
            .paragraph([.span(Attributes(classes: ["x"]), [.text("span")]), .superscript([.text("2")]), .raw(format: "html", text: "<br>")]),
        ])
        #expect(text == """
            Term
                Its meaning.

            Roses are red,
            violets are blue.

            [Image: A cat]
            Figure 1.

            kept as is

            span2

            """)
    }

    @Test func wideCharactersCountTwoColumns() throws {
        let text = try Self.write([.paragraph([.text(String(repeating: "字", count: 30))])]) { $0.wrap = .column(20) }
        #expect(text.split(separator: "\n").map(\.count) == [10, 10, 10])
    }

    @Test func modelsDeeperThanTheLimitAreWrittenFlat() throws {
        var block = Block.paragraph([.text("bottom")])
        for _ in 0..<2_000 { block = .blockQuote([block]) }
        let text = try Self.write([block]) { $0.limits.maxDepth = 50 }
        #expect(text.contains("bottom"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count < 200 })
    }

    @Test func outputIsDeterministic() throws {
        let blocks = [Self.turn("A", "x"), .paragraph([.footnote(Footnote(blocks: [.paragraph([.text("n")])]))])]
        #expect(try Self.write(blocks) == Self.write(blocks))
    }

    /// Blocks that write nothing (raw HTML, blank paragraphs), tight blocks and documents with
    /// and without a title: one blank line between blocks, none before the first.
    @Test func blocksThatWriteNothingAddNoBlankLines() throws {
        var blocks: [Block] = []
        for n in 0..<60 {
            switch n % 6 {
            case 0: blocks.append(.raw(format: "html", text: "<br>"))
            case 1: blocks.append(.paragraph([.text("   ")]))
            case 2: blocks.append(.paragraph([.text("Paragraph \(n).")]))
            case 3: blocks.append(Self.turn("Q", "Turn \(n)"))
            case 4: blocks.append(.lineBlock([[.text("line a")], [.text("line b")]]))
            default: blocks.append(.list(ListBlock(kind: .bullet, isTight: true, items: [.init(blocks: [.plain([.text("item")])])])))
            }
        }
        for title in [nil, "Title"] as [String?] {
            let text = try Self.write(Book(metadata: Metadata(title: title), documents: [Document(blocks: blocks)]))
            #expect(text.hasPrefix(title == nil ? "Paragraph 2.\n\nQ: Turn 3\n\nline a\nline b\n\n- item\n\nParagraph 8." : "Title\n====="))
            #expect(!text.contains("\n\n\n"))
        }
        let documents = [Document(blocks: blocks), Document(blocks: [.paragraph([.text("Short one.")])]), Document(blocks: blocks)]
        for title in [nil, "Book"] as [String?] {
            let text = try Self.write(Book(metadata: Metadata(title: title), documents: documents))
            #expect(text.contains("\n\nShort one.\n\nParagraph 2."))
            #expect(!text.contains("\n\n\n"))
        }
    }
}

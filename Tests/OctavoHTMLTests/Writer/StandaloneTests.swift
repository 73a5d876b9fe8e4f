import Foundation
import OctavoCore
@testable import OctavoHTML
import OctavoMarkdown
import OctavoTestSupport
import Testing

/// Whole pages, compared with golden files in `Fixtures/writer/` (re-record with OCTAVO_RECORD=1).
@Suite struct StandaloneTests {
    static let golden = Repository.fixtures("OctavoHTMLTests").appendingPathComponent("writer")

    static let metadata = Metadata(title: "Field Notes", subtitle: "Spring", authors: ["Ann Lee", "Bo Chen"],
                                   date: "2024-04-02", language: "en-GB", description: "Notes from the field",
                                   subjects: ["birds", "weather"])

    static let blocks: [Block] = [
        h(1, "Field Notes"),
        p(t("Opening"), .footnote(Footnote(label: "1", blocks: [p(t("A note."))])), t(".")),
        h(2, "Birds"),
        h(3, "Small birds"),
        p(t("Wrens & tits.")),
        h(2, "Weather"),
        .list(ListBlock(kind: .bullet, items: [.init(task: .done, blocks: [p(t("rain gauge"))])])),
        h(4, "Too deep for the contents"),
    ]

    @Test func htmlPageWithContents() throws {
        let ctx = context {
            $0.standalone = true
            $0.tableOfContents = true
            $0.tocDepth = 3
        }
        let page = HTMLWriter().render(Book(metadata: Self.metadata, documents: [Document(metadata: Self.metadata, blocks: Self.blocks)]),
                                       context: ctx)
        try XMLLint.expectValid(page, xhtml: false, fragment: false)
        Golden.check(page, against: Self.golden.appendingPathComponent("page.html"))
        #expect(page.contains("<style>"))
        #expect(!page.contains("<h1 class=\"title\">"), "the title heading is not repeated when the document opens with it")
    }

    @Test func xhtmlPageWithLinkedStylesheetAndEPUBNotes() throws {
        let ctx = context {
            $0.standalone = true
            $0.css = "style/book.css"
        }
        let writer = HTMLWriter(xhtml: true, footnoteStyle: .epub)
        let page = writer.render(Book(metadata: Self.metadata, documents: [Document(blocks: Self.blocks)]), context: ctx)
        try XMLLint.expectValid(page, xhtml: true, fragment: false)
        Golden.check(page, against: Self.golden.appendingPathComponent("page.xhtml"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"style/book.css\" />"))
    }

    @Test func compilationsGiveEachInputAnArticle() throws {
        let first = Document(metadata: Metadata(title: "First", authors: ["A"], source: "https://example.com/1"),
                             blocks: [h(1, "First"), p(t("One"), .footnote(Footnote(label: "x", blocks: [p(t("n1"))])))])
        let second = Document(metadata: Metadata(title: "Second", date: "May 2024"),
                              blocks: [h(1, "Intro"), p(t("Two"), .footnote(Footnote(label: "x", blocks: [p(t("n2"))])))])
        let book = Book(metadata: Metadata(title: "Reader"), documents: [first, second])
        let page = HTMLWriter().render(book, context: context { $0.standalone = true })
        try XMLLint.expectValid(page, xhtml: false, fragment: false)
        Golden.check(page, against: Self.golden.appendingPathComponent("compilation.html"))
        let fragment = HTMLWriter().render(book, context: context())
        #expect(fragment.components(separatedBy: "<article").count == 3)
        #expect(fragment.contains("id=\"a1-fn-x\"") && fragment.contains("id=\"a2-fn-x\""))
    }

    @Test func pagesWithoutATitleFallBackToTheFirstHeading() throws {
        let page = HTMLWriter().render(doc(h(2, "Only heading")), context: context { $0.standalone = true })
        #expect(page.contains("<title>Only heading</title>"))
        #expect(page.contains("<html lang=\"en\">"))
    }

    @Test func outputIsDeterministic() {
        let book = Book(metadata: Self.metadata, documents: [Document(blocks: Self.blocks)])
        let ctx = context { $0.standalone = true; $0.tableOfContents = true }
        #expect(HTMLWriter().render(book, context: ctx) == HTMLWriter().render(book, context: ctx))
    }
}

/// Markdown through the reader and the writer, compared with golden pages.
@Suite struct MarkdownGoldenTests {
    @Test(arguments: [false, true])
    func richMarkdownPage(_ xhtml: Bool) throws {
        let folder = StandaloneTests.golden
        let input = folder.appendingPathComponent("rich.md")
        let ctx = context {
            $0.standalone = true
            $0.tableOfContents = true
        }
        let document = try MarkdownReader().read(InputSource(data: Data(contentsOf: input), path: input.path), context: ctx)
        let book = Book(metadata: document.metadata, documents: [document])
        let page = HTMLWriter(xhtml: xhtml).render(book, context: ctx)
        try XMLLint.expectValid(page, xhtml: xhtml, fragment: false)
        Golden.check(page, against: folder.appendingPathComponent(xhtml ? "rich.xhtml" : "rich.html"))
    }
}

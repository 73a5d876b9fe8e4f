import Foundation
import OctavoCore
@testable import OctavoEPUB
import OctavoTestSupport
import Testing

/// Books of different shapes: one chapter, two hundred chapters, articles of a pasted compilation,
/// a single long document split at headings.
@Suite struct BookShapeTests {
    @Test func oneChapterBookWithoutLanguageDefaultsToEnglish() throws {
        let book = Book(metadata: Metadata(title: "Alone"), documents: [Document(blocks: [M.p("Just one paragraph.")])])
        let (epub, context) = try EPUBTestKit.write(book) { $0.images.cover = .givenOnly }
        let entries = try EPUBTestKit.entries(epub)
        #expect(entries.filter { $0.name.hasPrefix("EPUB/chapter-") }.count == 1)
        #expect(EPUBTestKit.text("EPUB/content.opf", in: entries).contains("<dc:language>en</dc:language>"))
        #expect(EPUBTestKit.text("EPUB/title.xhtml", in: entries).contains("Alone"))
        #expect(context.diagnostics.contains { $0.message.contains("assuming 'en'") })
        try EPUBTestKit.expectClean(epub, named: "one-chapter")
    }

    @Test func twoHundredChapterCompilation() throws {
        let documents = (1...200).map { n in
            Document(metadata: Metadata(title: "Article \(n)", authors: ["Writer \(n % 7)"], date: "2024-01-\(n % 28 + 1)",
                                        language: "en", source: "https://news.example/\(n)"),
                     blocks: [M.h(1, "Article \(n)"), M.p("Body of article \(n)."), M.h(2, "Details"), M.p("More about \(n).")],
                     sourcePath: "/tmp/octavo-articles/\(n).md")
        }
        let (epub, _) = try EPUBTestKit.write(Book(metadata: Metadata(title: "Two Hundred", language: "en"), documents: documents))
        let entries = try EPUBTestKit.entries(epub)
        #expect(entries.filter { $0.name.hasPrefix("EPUB/chapter-") }.count == 200)
        #expect(entries.contains { $0.name == "EPUB/chapter-200.xhtml" })
        let nav = EPUBTestKit.text("EPUB/nav.xhtml", in: entries)
        #expect(nav.components(separatedBy: "<li>").count - 1 == 200 * 2 + 3)
        let opf = EPUBTestKit.text("EPUB/content.opf", in: entries)
        #expect(!opf.contains("dc:creator"), "articles' authors are not merged into the book's creators")
        #expect(opf.components(separatedBy: "<dc:source>").count - 1 == 200)
        try EPUBTestKit.expectClean(epub, named: "two-hundred")
    }

    @Test func articleDivisionsBecomeChaptersWithTheirProvenance() throws {
        func article(_ n: Int, author: String) -> Block {
            .division(Attributes(classes: [Conventions.Class.article],
                                 pairs: [Conventions.Key.author: author, Conventions.Key.date: "March \(n), 2024",
                                         Conventions.Key.source: "https://blog.example/post-\(n)",
                                         Conventions.Key.siteName: "Example Blog"]),
                      [M.h(2, "Post \(n)"), M.p("Text of post \(n).")])
        }
        let document = Document(metadata: Metadata(language: "en"),
                                blocks: [M.p("Collected posts."), article(1, author: "Ann; Bob"), article(2, author: "Cy")])
        let (epub, _) = try EPUBTestKit.write(Book(metadata: Metadata(title: "Posts"), documents: [document]))
        let entries = try EPUBTestKit.entries(epub)
        let chapters = entries.filter { $0.name.hasPrefix("EPUB/chapter-") }.map { String(decoding: $0.data, as: UTF8.self) }
        #expect(chapters.count == 3)
        #expect(chapters[1].contains("<h1>Post 1</h1>"))
        #expect(chapters[1].contains("Ann</span> and <span class=\"author\">Bob"))
        #expect(chapters[1].contains("March 1, 2024"))
        #expect(chapters[1].contains(#"<a href="https://blog.example/post-1">Example Blog</a>"#))
        #expect(chapters[2].contains("Cy"))
        let opf = EPUBTestKit.text("EPUB/content.opf", in: entries)
        #expect(!opf.contains("dc:creator"))
        #expect(opf.contains("<dc:source>https://blog.example/post-2</dc:source>"))
        try EPUBTestKit.expectClean(epub, named: "articles")
    }

    @Test func singleDocumentSplitsAtTheSplitLevel() {
        let document = Document(metadata: Metadata(title: "Manual"),
                                blocks: [M.h(1, "Manual"), M.p("Intro."), M.h(1, "Install"), M.p("a"), M.h(2, "Linux"),
                                         M.p("b"), M.h(1, "Use"), M.p("c")])
        let book = Book(metadata: Metadata(title: "Manual"), documents: [document])
        let level1 = ChapterPlanner(splitLevel: 1).chapters(for: book)
        #expect(level1.map(\.titleText) == ["Manual", "Install", "Use"])
        #expect(level1[0].body == [M.p("Intro.")])
        let level2 = ChapterPlanner(splitLevel: 2).chapters(for: book)
        #expect(level2.map(\.titleText) == ["Manual", "Install", "Linux", "Use"])
    }

    @Test func aWrappedSingleDocumentSplitsInsideItsWrapper() {
        let document = Document(metadata: Metadata(title: "Page"),
                                blocks: [.division(Attributes(classes: ["main"]), [M.h(1, "One"), M.p("a"), M.h(1, "Two"), M.p("b")])])
        let chapters = ChapterPlanner(splitLevel: 1).chapters(for: Book(documents: [document]))
        #expect(chapters.map(\.titleText) == ["One", "Two"])
    }

    @Test func compilationKeepsOneChapterPerInputWhateverItsHeadings() {
        let a = Document(metadata: Metadata(title: "A"), blocks: [M.h(1, "A"), M.p("x"), M.h(1, "A2"), M.p("y")])
        let b = Document(blocks: [M.p("no heading")], sourcePath: "/x/notes-b.md")
        let chapters = ChapterPlanner(splitLevel: 1).chapters(for: Book(documents: [a, b]))
        #expect(chapters.map(\.titleText) == ["A", "notes-b"])
        #expect(chapters[0].body.count == 3)
    }
}

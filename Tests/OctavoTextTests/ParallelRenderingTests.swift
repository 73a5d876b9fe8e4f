import Foundation
import OctavoCore
import OctavoMarkdown
import OctavoTestSupport
import Testing
@testable import OctavoText

/// Long documents without notes are rendered in runs on several threads; the text must be
/// byte for byte what one renderer in order writes. `threads` forces the runs on small inputs.
@Suite struct ParallelRenderingTests {
    static let markdownFixtures = ["OctavoTextTests", "OctavoMarkdownTests"].flatMap { module in
        Repository.files(in: Repository.fixtures(module), withExtension: "md")
    }

    static func render(_ book: Book, threads: Int, wrap: Wrap? = nil) -> [UInt8] {
        var options = ConversionOptions()
        options.wrap = wrap
        var renderer = TextRenderer(options: options, capacity: 0)
        renderer.threads = threads
        renderer.render(book)
        return Array(renderer.output.data)
    }

    static func book(_ url: URL) throws -> Book {
        let context = ConversionContext(options: .init(), environment: [:])
        let document = try MarkdownReader().read(InputSource(data: try Data(contentsOf: url), path: url.path), context: context)
        return Book(metadata: document.metadata, documents: [document])
    }

    @Test(arguments: markdownFixtures)
    func runsWriteWhatOneRendererWrites(_ url: URL) throws {
        let book = try Self.book(url)
        for wrap in [Wrap.column(72), Wrap.none] {
            let whole = Self.render(book, threads: 1, wrap: wrap)
            for threads in [2, 3, 8] {
                let same = Self.render(book, threads: threads, wrap: wrap) == whole
                #expect(same, "\(url.lastPathComponent), \(threads) threads, wrap \(wrap)")
            }
        }
    }

    /// Blocks that write nothing (raw HTML, blank paragraphs) at the start of runs, tight
    /// blocks and a document with no title: the joins must not add or lose a blank line.
    @Test func emptyAndTightBlocksAtRunStarts() {
        var blocks: [Block] = []
        for n in 0..<60 {
            switch n % 6 {
            case 0: blocks.append(.raw(format: "html", text: "<br>"))
            case 1: blocks.append(.paragraph([.text("   ")]))
            case 2: blocks.append(.paragraph([.text("Paragraph \(n).")]))
            case 3: blocks.append(.division(Attributes(classes: [Conventions.Class.turn], pairs: [Conventions.Key.speaker: "Q"]), [.paragraph([.text("Turn \(n)")])]))
            case 4: blocks.append(.lineBlock([[.text("line a")], [.text("line b")]]))
            default: blocks.append(.list(ListBlock(kind: .bullet, isTight: true, items: [.init(blocks: [.plain([.text("item")])])])))
            }
        }
        for title in [nil, "Title"] as [String?] {
            let book = Book(metadata: Metadata(title: title), documents: [Document(blocks: blocks)])
            let whole = Self.render(book, threads: 1)
            for threads in [2, 5, 7, 30] { #expect(Self.render(book, threads: threads) == whole, "\(threads) threads") }
            #expect(String(decoding: whole, as: UTF8.self).hasPrefix(title == nil ? "Paragraph 2." : "Title\n====="))
        }
        // A compilation: each document's runs join after the documents before it.
        let documents = [Document(blocks: blocks), Document(blocks: [.paragraph([.text("Short one.")])]), Document(blocks: blocks)]
        for title in [nil, "Book"] as [String?] {
            let book = Book(metadata: Metadata(title: title), documents: documents)
            let whole = Self.render(book, threads: 1)
            #expect(String(decoding: whole, as: UTF8.self).contains("\n\nShort one.\n\nParagraph 2."))
            for threads in [2, 7] { #expect(Self.render(book, threads: threads) == whole, "compilation, \(threads) threads") }
        }
    }

    @Test func documentsWithNotesAreRenderedInOrder() throws {
        let url = Repository.fixtures("OctavoTextTests").appendingPathComponent("footnotes.md")
        let book = try Self.book(url)
        #expect(FootnoteScan.contains(book.documents[0].blocks))
        #expect(Self.render(book, threads: 4) == Self.render(book, threads: 1))
    }
}

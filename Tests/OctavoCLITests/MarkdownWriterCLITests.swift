import Foundation
import OctavoCore
import OctavoTestSupport
import Testing

/// End-to-end runs of the built `octavo` binary with the Markdown writers: a web page, a
/// transcript with `-s`, a batch folder, the format list and the errors.
@Suite struct MarkdownWriterCLITests {
    static let page = Repository.root.appendingPathComponent("Samples/web/mozilla-wikipedia.html").path
    static let writerFixtures = Repository.fixtures("OctavoMarkdownTests").appendingPathComponent("writer")

    /// The model `markdown` reads back to, through the binary.
    static func readBack(_ markdown: Data) throws -> Document {
        let result = try CommandRunner.octavo(["convert", "-", "-f", "markdown", "-t", "json"], stdin: markdown)
        #expect(result.status == 0, "\(result.stderr)")
        return try ModelJSON.decodeDocument(result.stdout)
    }

    @Test func convertsAWebPageToMarkdown() throws {
        let result = try CommandRunner.octavo(["convert", Self.page, "-t", "markdown"])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = result.stdoutText
        #expect(!markdown.contains("<html") && !markdown.contains("<p>"))
        #expect(markdown.contains("\n## "), "the page's sections are # headings")
        // The Markdown reads back to the model the page gave.
        let page = try CommandRunner.octavo(["convert", Self.page, "-t", "json"])
        let fromPage = try ModelJSON.decodeDocument(page.stdout)
        let fromMarkdown = try Self.readBack(result.stdout)
        #expect(fromMarkdown.blocks.count == fromPage.blocks.count)
    }

    @Test func convertsABriefingWithFrontMatter() throws {
        let briefing = Self.writerFixtures.appendingPathComponent("briefing.txt").path
        let result = try CommandRunner.octavo(["convert", briefing, "-t", "md", "-s"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.hasPrefix("---\ntitle: Press Briefing by Press Secretary Jen Psaki, January 20, 2021\n---\n"))
        #expect(result.stdoutText.contains("\n**MS. PSAKI:** Good evening, everyone."))
        #expect(result.stdoutText.contains("\n*(Laughter.)*\n"))
        let document = try Self.readBack(result.stdout)
        #expect(document.metadata.title == "Press Briefing by Press Secretary Jen Psaki, January 20, 2021")
    }

    @Test func batchWritesOneMarkdownFilePerInput() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for name in ["article.html", "briefing.txt", "footnotes.md"] {
            try FileManager.default.copyItem(at: Self.writerFixtures.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        let result = try CommandRunner.octavo(["batch", "in", "-t", "markdown", "-o", "out", "--quiet"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["article", "briefing", "footnotes"] {
            let written = try Data(contentsOf: root.appendingPathComponent("out/\(name).md"))
            #expect(try !Self.readBack(written).blocks.isEmpty, "out/\(name).md")
        }
        // The same bytes as `convert` writes (the golden).
        let footnotes = try Data(contentsOf: root.appendingPathComponent("out/footnotes.md"))
        #expect(footnotes == (try Data(contentsOf: Self.writerFixtures.appendingPathComponent("footnotes.out.md"))))
    }

    @Test func formatsListsTheMarkdownWriters() throws {
        let result = try CommandRunner.octavo(["formats"])
        let writers = result.stdoutText.components(separatedBy: "Writers (-t):").last ?? ""
        #expect(writers.contains("markdown (md, gfm)"))
        #expect(writers.contains("commonmark (cmark)"))
    }

    @Test func outputExtensionChoosesMarkdownAndReferenceLinksAreAFlag() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let links = Self.writerFixtures.appendingPathComponent("links.md").path
        let output = folder.appendingPathComponent("links.md").path
        let result = try CommandRunner.octavo(["convert", links, "-o", output, "--reference-links"])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try String(contentsOf: Self.writerFixtures.appendingPathComponent("links.reference.out.md"), encoding: .utf8)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == golden)
    }

    @Test func badInputAndBadOptionsFailCleanly() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.md").path
        let missing = try CommandRunner.octavo(["convert", folder.appendingPathComponent("nothere.html").path, "-t", "md", "-o", output])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nothere.html"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let wrap = try CommandRunner.octavo(["convert", "-", "-f", "markdown", "-t", "md", "--wrap", "wide"], stdin: Data("a\n".utf8))
        #expect(wrap.status == 2)
        #expect(wrap.stderr.contains("--wrap"))
    }
}

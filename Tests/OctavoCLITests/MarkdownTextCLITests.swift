import Foundation
import OctavoCore
import OctavoTestSupport
import Testing

/// End-to-end runs of the built `octavo` binary: Markdown in, text or JSON out.
@Suite struct MarkdownTextCLITests {
    static let sample = Repository.root.appendingPathComponent("Samples/press-briefing-2021-01-20.md").path

    @Test func convertsTheSampleArticleToWrappedText() throws {
        let result = try CommandRunner.octavo(["convert", Self.sample, "-t", "text"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Press Briefing by Press Secretary Jen\u{00A0}Psaki, January 20,\u{00A0}2021")
        #expect(lines.allSatisfy { $0.count <= 72 || !$0.contains(" ") })
        #expect(result.stdoutText.contains("MS. PSAKI: Good evening, everyone. Thank you for joining us on this\n"))
        #expect(!result.stdoutText.contains("**") && !result.stdoutText.contains("---\ntags"))
    }

    @Test func wrapOptionAndOutputFile() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.txt").path
        let result = try CommandRunner.octavo(["convert", Self.sample, "--wrap", "40", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 || !$0.contains(" ") })
        let unwrapped = try CommandRunner.octavo(["convert", Self.sample, "-t", "plain", "--wrap", "none"])
        #expect(unwrapped.stdoutText.contains("MS. PSAKI: Good evening, everyone. Thank you for joining us on this historic day."))
    }

    @Test func readsMarkdownFromStandardInput() throws {
        let markdown = "# Title\n\nSome *text* with a [link](https://example.com).\n\n- one\n- two\n"
        let result = try CommandRunner.octavo(["convert", "-f", "markdown", "-t", "text", "-"], stdin: Data(markdown.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText == "Title\n=====\n\nSome text with a link <https://example.com>.\n\n- one\n- two\n")
    }

    @Test func commonmarkFormatIsStrict() throws {
        let result = try CommandRunner.octavo(["convert", "-f", "commonmark", "-t", "text", "-"], stdin: Data("~~not struck~~\n".utf8))
        #expect(result.stdoutText == "~~not struck~~\n")
        let gfm = try CommandRunner.octavo(["convert", "-f", "gfm", "-t", "txt", "-"], stdin: Data("~~struck~~\n".utf8))
        #expect(gfm.stdoutText == "struck\n")
    }

    @Test func inspectPrintsJSONThatDecodesToTheSameModel() throws {
        let result = try CommandRunner.octavo(["inspect", Self.sample])
        #expect(result.status == 0, "\(result.stderr)")
        let printed = try ModelJSON.decodeDocument(result.stdout)
        let converted = try CommandRunner.octavo(["convert", Self.sample, "-t", "json"])
        #expect(try ModelJSON.decodeDocument(converted.stdout) == printed)
        #expect(printed.metadata.date == "2021-01-20")
        #expect(printed.metadata.extra["source_url"]?.hasPrefix("https://bidenwhitehouse.archives.gov/") == true)
        #expect(!printed.blocks.isEmpty)
    }

    @Test func malformedFrontMatterWarnsOnStderrNamingTheFile() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.md").path
        try Data("---\ntitle: [oops\n---\n\nBody\n".utf8).write(to: URL(fileURLWithPath: path))
        let result = try CommandRunner.octavo(["convert", path, "-t", "text"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("bad.md:") && result.stderr.contains("front matter"))
        #expect(result.stdoutText.contains("Body"))
        let strict = try CommandRunner.octavo(["convert", path, "-t", "text", "--strict"])
        #expect(strict.status == 1)
    }

    @Test func deeplyNestedInputDoesNotCrash() throws {
        let markdown = String(repeating: "> ", count: 10_000) + "deep\n\n" + String(repeating: "- ", count: 10_000) + "list\n"
        let result = try CommandRunner.octavo(["convert", "-f", "md", "-t", "text", "-"], stdin: Data(markdown.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("deep") && result.stdoutText.contains("list"))
    }

    @Test func aCompilationPrintsEachInputInOrder() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.md"), second = folder.appendingPathComponent("b.md")
        try Data("---\ntitle: Alpha\n---\nFirst body.\n".utf8).write(to: first)
        try Data("---\ntitle: Beta\n---\nSecond body.\n".utf8).write(to: second)
        let result = try CommandRunner.octavo(["convert", first.path, second.path, "-t", "text"])
        #expect(result.stdoutText == "Alpha\n=====\n\nFirst body.\n\nBeta\n====\n\nSecond body.\n")
    }
}

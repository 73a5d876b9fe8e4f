import Foundation
import OctavoTestSupport
import Testing

/// Books made from the shared corpus through the CLI, each checked once with epubcheck.
@Suite struct EPUBCorpusTests {
    /// Every CommonMark spec example as a chapter: 652 small documents full of edge cases
    /// (odd link destinations, entities, nesting). Raw HTML is dropped: what survives of it is
    /// the HTML writer's sanitizer's business, checked in its own tests.
    @Test func commonMarkSpecExamplesMakeACleanBook() throws {
        let spec = Repository.shared.appendingPathComponent("corpus/commonmark/spec.json")
        struct Example: Decodable { var markdown: String; var example: Int }
        let examples = try JSONDecoder().decode([Example].self, from: Data(contentsOf: spec))
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var names: [String] = []
        for example in examples {
            let name = String(format: "example-%04d.md", example.example)
            try Data(example.markdown.utf8).write(to: folder.appendingPathComponent(name))
            names.append(name)
        }
        let result = try CommandRunner.octavo(["convert"] + names + ["-o", "spec.epub", "--title", "CommonMark examples",
                                                                     "--language", "en", "--raw-html", "drop"],
                                              environment: ["SOURCE_DATE_EPOCH": "1700000000"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try EPUBCheck.check(folder.appendingPathComponent("spec.epub"))
        #expect(report.isClean, "\(report.output.prefix(4000))")
    }

    /// Every transcript of the corpus (Markdown, pasted text, SRT, WebVTT) as one compilation.
    @Test func transcriptsMakeACleanBook() throws {
        let folder = Repository.shared.appendingPathComponent("corpus/transcripts")
        let inputs = ["md", "txt", "srt", "vtt"].flatMap { Repository.files(in: folder, withExtension: $0) }
            .filter { $0.lastPathComponent != "README.md" }
        #expect(inputs.count >= 10)
        let output = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let book = output.appendingPathComponent("transcripts.epub")
        let result = try CommandRunner.octavo(["convert"] + inputs.map(\.path) + ["-o", book.path, "--title", "Transcripts"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try EPUBCheck.check(book)
        #expect(report.isClean, "\(report.output.prefix(4000))")
    }

    /// Every page of the readability and extraction corpora (real web pages, whatever their markup,
    /// through the HTML reader) as one compilation: valid by construction, 0 errors and 0 warnings.
    @Test func webPagesMakeACleanBook() throws {
        let pages = try ["readability", "extraction"].flatMap { name in
            let corpus = Repository.shared.appendingPathComponent("corpus/" + name)
            return try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
                .map { corpus.appendingPathComponent($0).appendingPathComponent("source.html") }
                .filter { FileManager.default.fileExists(atPath: $0.path) }
        }
        #expect(pages.count >= 170)
        let output = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let book = output.appendingPathComponent("web.epub")
        let result = try CommandRunner.octavo(["convert"] + pages.map(\.path) + ["-o", book.path, "--title", "Web pages"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try EPUBCheck.check(book)
        #expect(report.isClean, "\(report.output.prefix(4000))")
    }

    /// The Samples compilation: Markdown, model JSON and, once the transcript reader is
    /// registered, the pasted blog page, in one book.
    @Test func samplesCompilationMakesACleanBook() throws {
        let samples = Repository.root.appendingPathComponent("Samples")
        var inputs = ["press-briefing-2021-01-20.md", "model/welcome.json"]
        if try CommandRunner.octavo(["formats"]).stdoutText.contains("transcript") {
            inputs.append("pasted-blog-compilation.txt")
        }
        let output = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let book = output.appendingPathComponent("samples.epub")
        let result = try CommandRunner.octavo(["convert"] + inputs + ["-o", book.path, "--title", "Samples"], in: samples)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try EPUBCheck.check(book)
        #expect(report.isClean, "\(report.output.prefix(4000))")
    }
}

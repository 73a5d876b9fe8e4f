import Foundation
import Octavo
import OctavoTestSupport
import Testing

@Suite struct BatchManifestTests {
    private let manifestText = """
    output: build
    defaults:
      to: json
      metadata: {publisher: ACME}
    jobs:
      - input: docs
        exclude: ["drafts/**"]
      - input: notes/release.lines
        to: lines
        output: release.txt
      - inputs: [book/01.lines, book/02.lines]
        title: The Handbook
        authors: [Ada Lovelace, Grace Hopper]
        css: book/book.css
        output: handbook.json
    """

    @Test func aManifestPlansFolderFileAndCompilationJobs() async throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try BatchFixtures.write(["octavo.yml": manifestText, "docs/a.lines": "a", "docs/drafts/x.lines": "x",
                                 "notes/release.lines": "r", "book/01.lines": "one", "book/02.lines": "two",
                                 "book/book.css": "p{}"], under: root)
        let manifest = try BatchManifest.load(root.appendingPathComponent("octavo.yml").path)
        let output = try #require(manifest.outputFolder)
        #expect(output == root.path + "/build")
        let jobs = try manifest.jobs(base: BatchTemplate(to: "html"), outputFolder: output, registry: .withLines)
        #expect(jobs.map(\.output) == ["\(output)/a.json", "\(output)/release.txt", "\(output)/handbook.json"])
        #expect(jobs.map(\.to) == ["json", "lines", "json"])
        let book = jobs[2]
        #expect(book.isCompilation)
        #expect(book.inputs == ["\(root.path)/book/01.lines", "\(root.path)/book/02.lines"])
        #expect(book.options.metadata.title == "The Handbook")
        #expect(book.options.metadata.authors == ["Ada Lovelace", "Grace Hopper"])
        #expect(book.options.metadata.extra["publisher"] == "ACME")
        #expect(book.options.css == "\(root.path)/book/book.css")

        let summary = await BatchEngine(registry: .withLines).run(jobs, settings: BatchSettings(jobs: 2))
        #expect(summary.succeeded)
        let compiled = try ModelJSON.decodeBook(Data(contentsOf: URL(fileURLWithPath: book.output)))
        #expect(compiled.metadata.title == "The Handbook")
        #expect(compiled.documents.count == 2)
        #expect(try String(contentsOfFile: "\(output)/release.txt", encoding: .utf8) == "r\n")
    }

    @Test func mistakesAreUsageErrorsWithTheLine() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let cases = [
            "jobs:\n  - input: a\n    tittle: x\n": ":3: unknown key 'tittle'",
            "jobs:\n  - inputs: [a, b]\n": "needs an output",
            "jobs: []\n": "jobs must be a non-empty list",
            "jobs:\n  - input: a\n    inputs: [b]\n": "either input",
            "jobs:\n  - input: a\n    standalone: maybe\n": ":3: standalone must be true or false",
            "jobs: [": "not valid YAML",
            "jobs:\n  - input: a\n    extract: maybe\n": ":3: extract must be one of auto, on, off",
            "jobs:\n  - input: a\n    raw-html: [keep]\n": ":3: raw-html must be one of keep, sanitize, drop",
            "jobs:\n  - input: a\n    wrap: 0\n": ":3: wrap must be a positive number or none",
        ]
        for (text, expected) in cases {
            let path = root.appendingPathComponent("m.yml").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            do {
                let manifest = try BatchManifest.load(path)
                _ = try manifest.jobs(base: BatchTemplate(to: "json"), outputFolder: root.path)
                Issue.record("no error for: \(text)")
            } catch let error as OctavoError {
                #expect(error.isUsageError)
                #expect(error.description.contains(expected), "\(error) should contain \(expected)")
            }
        }
    }

    /// `wrap`, `extract` and `raw-html` take the command line's words (YAML's `off` and `on` too,
    /// which YAML 1.1 would read as booleans); a job's setting wins over the defaults'.
    @Test func enumeratedSettingsTakeTheCommandLinesWords() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try BatchFixtures.write(["octavo.yml": """
            defaults:
              wrap: none
              extract: off
            jobs:
              - input: a.lines
              - input: b.lines
                wrap: 60
                extract: on
                raw-html: keep
            """, "a.lines": "a", "b.lines": "b"], under: root)
        let manifest = try BatchManifest.load(root.appendingPathComponent("octavo.yml").path)
        let jobs = try manifest.jobs(base: BatchTemplate(to: "lines"), outputFolder: root.path + "/out",
                                     registry: .withLines)
        #expect(jobs.map(\.options.wrap) == [Wrap.none, .column(60)])
        #expect(jobs.map(\.options.extraction) == [.off, .on])
        #expect(jobs.map(\.options.rawHTML) == [.sanitize, .keep])
    }
}

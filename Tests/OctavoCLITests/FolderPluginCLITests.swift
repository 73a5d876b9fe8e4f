import Foundation
import OctavoTestSupport
import Testing

/// Writer plug-ins whose output is a folder, through the built `octavo`: the sample static-site
/// writer against its goldens, `-o` rules, batches, and a hostile plug-in writing nothing.
@Suite struct FolderPluginCLITests {
    private let samples = Repository.root.appendingPathComponent("Samples/plugins")

    /// A temporary folder holding a copy of Samples/plugins/site (two chapters and their image).
    private func siteInputs() throws -> URL {
        let folder = try Repository.temporaryFolder()
        try FileManager.default.copyItem(at: samples.appendingPathComponent("site"), to: folder.appendingPathComponent("site"))
        return folder
    }

    private func files(in folder: URL) -> [String] {
        (FileManager.default.subpaths(atPath: folder.path) ?? []).sorted()
    }

    @Test func theSampleSiteWriterMakesAPagePerChapterWithItsImages() throws {
        let folder = try siteInputs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["convert", "site/01-the-press.md", "site/02-the-bindery.md", "--title", "Making books",
                         "--author", "Ada Quire", "-t", "site", "-o", "public", "--plugin-path", samples.path]
        let result = try CommandRunner.octavo(arguments, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let public_ = folder.appendingPathComponent("public")
        let expected = samples.appendingPathComponent("expected/site")
        let image = "images/" + "3f5025a1a3bf-folio.svg"
        #expect(files(in: public_) == ["chapter-01.html", "chapter-02.html", "images", image, "index.html", "style.css"])
        for page in ["index.html", "chapter-01.html", "chapter-02.html", "style.css"] {
            Golden.check(try String(contentsOf: public_.appendingPathComponent(page), encoding: .utf8),
                         against: expected.appendingPathComponent(page))
        }
        #expect(try Data(contentsOf: public_.appendingPathComponent(image))
            == Data(contentsOf: samples.appendingPathComponent("site/images/folio.svg")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["public", "site"])

        // Again, the same bytes, in place of the first site (an old file does not survive).
        try Data("stale".utf8).write(to: public_.appendingPathComponent("stale.html"))
        let again = try CommandRunner.octavo(arguments, in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(files(in: public_) == ["chapter-01.html", "chapter-02.html", "images", image, "index.html", "style.css"])
        Golden.check(try String(contentsOf: public_.appendingPathComponent("chapter-01.html"), encoding: .utf8),
                     against: expected.appendingPathComponent("chapter-01.html"))
    }

    @Test func formatsMarksAFolderWriter() throws {
        let result = try CommandRunner.octavo(["formats", "--plugin-path", samples.path])
        #expect(result.status == 0)
        let site = try #require(result.stdoutText.split(separator: "\n").first { $0.hasPrefix("  site ") })
        #expect(site.contains("[writes a folder] (plug-in: \(samples.path)/octavo-writer-site)"))
    }

    @Test func aFolderOutputNeedsAFolderThatHoldsNoInput() throws {
        let folder = try siteInputs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let toTerminal = try CommandRunner.octavo(["convert", "site/01-the-press.md", "-t", "site", "--plugin-path", samples.path],
                                                  in: folder)
        #expect(toTerminal.status == 2)
        #expect(toTerminal.stderr.contains("site output is a folder of files: give the folder with -o"))
        let overInput = try CommandRunner.octavo(["convert", "site/01-the-press.md", "-t", "site", "-o", "site",
                                                  "--plugin-path", samples.path], in: folder)
        #expect(overInput.status == 2)
        #expect(overInput.stderr.contains("output folder site holds the input site/01-the-press.md; refusing to replace it"))
        try Data("a file".utf8).write(to: folder.appendingPathComponent("book"))
        let overFile = try CommandRunner.octavo(["convert", "site/01-the-press.md", "-t", "site", "-o", "book",
                                                 "--plugin-path", samples.path], in: folder)
        #expect(overFile.status == 1)
        #expect(overFile.stderr.contains("book: cannot write: it is a file, and this writer's output is a folder"))
        #expect(try String(contentsOf: folder.appendingPathComponent("book"), encoding: .utf8) == "a file")
    }

    @Test func aHostileFolderWriterIsNamedAndLeavesNothing() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.plugin(.writer, "evil", describe: #"echo '{"protocolVersion": 1, "summary": "e", "output": "folder"}'"#,
                            body: #"cat >/dev/null; echo '<p>hi</p>' > "$1/index.html"; ln -s /etc/passwd "$1/secrets""#)
        let result = try CommandRunner.octavo(["convert", "-", "-f", "markdown", "-t", "evil", "-o", "out",
                                               "--plugin-path", fixtures.folder.path], stdin: Data("x\n".utf8), in: fixtures.folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("plug-in 'octavo-writer-evil' failed: 'secrets' is a symbolic link (to '/etc/passwd'); write the file itself"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixtures.folder.path).sorted()
            == ["describe.log", "octavo-writer-evil"])
    }

    @Test func anInterruptedFolderWriterIsStoppedAndLeavesNothing() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.plugin(.writer, "slow", describe: #"echo '{"protocolVersion": 1, "summary": "s", "output": "folder"}'"#,
                            body: #"cat >/dev/null; echo half > "$1/a"; sleep 60"#)
        let process = Process()
        process.executableURL = CommandRunner.octavo
        process.arguments = ["convert", "-", "-f", "markdown", "-t", "slow", "-o", "out", "--plugin-path", fixtures.folder.path]
        process.currentDirectoryURL = fixtures.folder
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("x\n".utf8))
        try input.fileHandleForWriting.close()
        // Wait until the plug-in has written into its staging folder, then press Ctrl-C.
        let deadline = Date().addingTimeInterval(20)
        func halfWritten() -> Bool {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.folder.path)) ?? []
            return names.contains { $0.hasPrefix(".out.octavo-") && FileManager.default.fileExists(atPath: fixtures.folder.path + "/\($0)/out/a") }
        }
        while !halfWritten() && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(halfWritten())
        let started = Date()
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(Date().timeIntervalSince(started) < 10)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.contains("octavo: interrupted; nothing written to out"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixtures.folder.path).sorted()
            == ["describe.log", "octavo-writer-slow"])
    }

    @Test func aBatchWritesAFolderPerInputAndTheOtherJobsGoOn() throws {
        let folder = try siteInputs()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x2A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: folder.appendingPathComponent("site/03-latin.org"))
        let result = try CommandRunner.octavo(["batch", "site", "-o", "out", "-t", "site", "--plugin-path", samples.path],
                                              in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("plug-in 'octavo-reader-org' failed"))
        let out = folder.appendingPathComponent("out")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted()
            == ["01-the-press", "02-the-bindery"])
        let page = try String(contentsOf: out.appendingPathComponent("02-the-bindery/chapter-01.html"), encoding: .utf8)
        #expect(page.contains("<h1>The bindery</h1>") && page.contains(#"<img src="images/3f5025a1a3bf-folio.svg""#))
    }
}

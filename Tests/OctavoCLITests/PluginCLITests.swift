import Foundation
import OctavoTestSupport
import Testing

/// Format plug-ins through the built `octavo`: the sample Org reader and Gemini writer, batches
/// that mix them with built-in formats, precedence, and broken plug-ins.
@Suite struct PluginCLITests {
    private let samples = Repository.root.appendingPathComponent("Samples/plugins")

    @Test func anOrgFileBecomesAValidEPUBWithTheSampleReaderOnPath() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: samples.appendingPathComponent("notes.org"), to: folder.appendingPathComponent("notes.org"))
        let path = samples.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let result = try CommandRunner.octavo(["convert", "notes.org", "-o", "book.epub"],
                                              environment: ["PATH": path, "SOURCE_DATE_EPOCH": "1700000000"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        guard EPUBCheck.isAvailable else { return }
        let report = try EPUBCheck.check(folder.appendingPathComponent("book.epub"))
        #expect(report.isClean, "\(report.output)")
    }

    @Test func formatsListsPluginsBesideTheBuiltIns() throws {
        let result = try CommandRunner.octavo(["formats"], environment: ["OCTAVO_PLUGIN_PATH": samples.path])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n").map(String.init)
        let org = try #require(lines.first { $0.hasPrefix("  org ") })
        #expect(org.contains(".org") && org.contains("Emacs Org-mode documents (sample plug-in, Python) [text/org]"))
        #expect(org.hasSuffix("(plug-in: \(samples.path)/octavo-reader-org)"))
        let writers = lines.drop { $0 != "Writers (-t):" }
        let gemini = try #require(writers.first { $0.hasPrefix("  gemini ") })
        #expect(gemini.contains(".gmi .gemini") && gemini.contains("[text/gemini]"))
        // Built-ins come first, plug-ins after them.
        #expect(lines.firstIndex(of: org)! > lines.firstIndex { $0.hasPrefix("  markdown") }!)
    }

    @Test func formatsWarnsOfAPluginThatDescribesNonsenseAndListsTheRest() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let path = try fixtures.plugin(.reader, "junk", describe: "echo '{\"protocolVersion\": 1, \"summary\": \"s\", \"extensions\": [\".j\"]}'",
                                       body: "exit 1").path
        let result = try CommandRunner.octavo(["formats", "--plugin-path", fixtures.folder.path, "--plugin-path", samples.path])
        #expect(result.status == 0)
        let reason = "--describe printed nonsense: '.j' is not a file extension (lowercase letters and digits, without the dot)"
        #expect(result.stderr == "octavo: warning: plug-in 'octavo-reader-junk' failed: \(reason)\n")
        #expect(result.stdoutText.contains("unusable: \(reason) (plug-in: \(path))"))
        #expect(result.stdoutText.contains("  markdown (md, gfm) "))
        #expect(result.stdoutText.contains("(plug-in: \(samples.path)/octavo-reader-org)"))
    }

    @Test func aBatchMixesBuiltInAndPluginFormats() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: samples.appendingPathComponent("notes.org"), to: inputs.appendingPathComponent("notes.org"))
        try Data("# Plain\n\nA *Markdown* page.\n".utf8).write(to: inputs.appendingPathComponent("page.md"))
        for (format, ext) in [("gemini", "gmi"), ("text", "txt")] {
            let result = try CommandRunner.octavo(["batch", "in", "-o", format, "-t", format, "--plugin-path", samples.path],
                                                  in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let page = try String(contentsOf: folder.appendingPathComponent("\(format)/page.\(ext)"), encoding: .utf8)
            let notes = try String(contentsOf: folder.appendingPathComponent("\(format)/notes.\(ext)"), encoding: .utf8)
            #expect(page.contains("A Markdown page."))
            #expect(notes.contains("An octavo sheet is folded three times"))
        }
        let gemini = try String(contentsOf: folder.appendingPathComponent("gemini/page.gmi"), encoding: .utf8)
        #expect(gemini.hasPrefix("# Plain\n"))
    }

    @Test func aBrokenPluginFailsOnlyItsOwnInputsAndWritesNothing() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.plugin(.reader, "tst", body: "cat >/dev/null; echo 'cannot parse this' >&2; kill -SEGV $$")
        let inputs = fixtures.folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data("broken".utf8).write(to: inputs.appendingPathComponent("a.tst"))
        try Data("# Fine\n".utf8).write(to: inputs.appendingPathComponent("b.md"))
        let batch = try CommandRunner.octavo(["batch", "in", "-o", "out", "-t", "html", "--plugin-path", fixtures.folder.path],
                                             in: fixtures.folder)
        #expect(batch.status == 1)
        #expect(batch.stderr.contains("in/a.tst: plug-in 'octavo-reader-tst' failed: crashed (signal 11); stderr: cannot parse this"))
        #expect(FileManager.default.fileExists(atPath: fixtures.folder.appendingPathComponent("out/b.html").path))
        #expect(!FileManager.default.fileExists(atPath: fixtures.folder.appendingPathComponent("out/a.html").path))

        let convert = try CommandRunner.octavo(["convert", "in/a.tst", "-o", "a.html", "--plugin-path", fixtures.folder.path],
                                               in: fixtures.folder)
        #expect(convert.status == 1)
        #expect(convert.stderr.contains("plug-in 'octavo-reader-tst' failed"))
        #expect(!FileManager.default.fileExists(atPath: fixtures.folder.appendingPathComponent("a.html").path))
    }

    @Test func aPluginThatIsNotExecutableIsNamedInTheError() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let path = try fixtures.plugin(.writer, "tst", body: "cat", executable: false).path
        let result = try CommandRunner.octavo(["convert", "-", "-f", "markdown", "-t", "tst", "--plugin-path", fixtures.folder.path],
                                              stdin: Data("# T\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("octavo: warning: plug-in octavo-writer-tst: \(path) is not executable (chmod +x it)"))
        #expect(result.stderr.contains("octavo: plug-in 'octavo-writer-tst' failed: \(path) is not executable (chmod +x it)"))
        #expect(result.stdout.isEmpty)
    }

    @Test func theOutputExtensionSelectsAPluginWriterAndABinaryOneNeedsAFile() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.plugin(.writer, "zipped", describe: #"echo '{"protocolVersion": 1, "summary": "z", "extensions": ["zz"], "binary": true}'"#,
                            body: "cat >/dev/null; printf 'PK'")
        let toFile = try CommandRunner.octavo(["convert", "-", "-f", "markdown", "-o", "out.zz", "--plugin-path", fixtures.folder.path],
                                              stdin: Data("x\n".utf8), in: fixtures.folder)
        #expect(toFile.status == 0, "\(toFile.stderr)")
        #expect(try Data(contentsOf: fixtures.folder.appendingPathComponent("out.zz")) == Data("PK".utf8))
        let toTerminal = try CommandRunner.octavo(["convert", "-", "-f", "markdown", "-t", "zipped", "--plugin-path", fixtures.folder.path],
                                                  stdin: Data("x\n".utf8))
        #expect(toTerminal.status == 2)
        #expect(toTerminal.stderr.contains("zipped output is binary: give an output file with -o"))
    }

    @Test func aBuiltInWinsItsNameUnlessPluginsArePreferred() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.plugin(.writer, "text", body: "cat >/dev/null; echo 'from the plug-in'")
        let arguments = ["convert", "-", "-f", "markdown", "-t", "text", "--plugin-path", fixtures.folder.path]
        let builtIn = try CommandRunner.octavo(arguments, stdin: Data("Hello.\n".utf8))
        #expect(builtIn.status == 0)
        #expect(builtIn.stdoutText == "Hello.\n")
        #expect(builtIn.stderr.contains("has the name of a built-in writer; the built-in is used"))
        #expect(fixtures.described.isEmpty)

        let preferred = try CommandRunner.octavo(arguments + ["--prefer-plugins"], stdin: Data("Hello.\n".utf8))
        #expect(preferred.status == 0)
        #expect(preferred.stdoutText == "from the plug-in\n")
        #expect(preferred.stderr.contains("the plug-in is used (--prefer-plugins)"))
    }

    @Test func pluginsBesideTheOctavoExecutableAreFoundAsSwiftBuildPutsThem() throws {
        // `swift build` puts a package's executable products (an `octavo-writer-NAME` target) in
        // the same folder as `octavo`: a link to (or copy of) the tool in a folder stands in for that.
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.plugin(.writer, "beside", body: "cat >/dev/null; echo 'written beside'")
        let tool = fixtures.folder.appendingPathComponent("octavo")
        if (try? FileManager.default.linkItem(at: CommandRunner.octavo, to: tool)) == nil {
            try FileManager.default.copyItem(at: CommandRunner.octavo, to: tool)
        }
        let result = try CommandRunner.run(tool, ["convert", "-", "-f", "markdown", "-t", "beside"],
                                           stdin: Data("x\n".utf8), environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText == "written beside\n")
    }
}

import Foundation
import OctavoTestSupport
import Testing

/// The enumerated options (`--wrap`, `--extract`, `--raw-html`): listed by `--help`, refused with
/// the accepted words when wrong, and read the same way by `convert` and a batch manifest.
@Suite struct OptionValuesCLITests {
    @Test func helpListsTheValuesOfEachEnumeratedOption() throws {
        let result = try CommandRunner.octavo(["convert", "--help"])
        #expect(result.status == 0, "\(result.stderr)")
        let help = result.stdoutText
        for line in ["--wrap <column|none>", "--extract <extract>", "--raw-html <raw-html>",
                     "auto", "on", "off", "keep", "sanitize", "drop", "default: auto", "default: sanitize"] {
            #expect(help.contains(line), "help lacks \(line):\n\(help)")
        }
        let batch = try CommandRunner.octavo(["batch", "--help"])
        #expect(batch.stdoutText.contains("--raw-html <raw-html>") && batch.stdoutText.contains("--shard <I/N>"))
    }

    @Test func wrongWordsAreUsageErrorsNamingTheAcceptedOnes() throws {
        let cases: [([String], [String])] = [
            (["--extract", "maybe"], ["'maybe'", "--extract", "auto", "on", "off"]),
            (["--raw-html", "strip"], ["'strip'", "--raw-html", "keep", "sanitize", "drop"]),
            (["--wrap", "0"], ["'0'", "--wrap"]),
            (["--wrap", "wide"], ["'wide'", "--wrap"]),
            (["-M", "publisher"], ["-M/--metadata takes KEY=VALUE, not 'publisher'"]),
        ]
        for (arguments, words) in cases {
            let result = try CommandRunner.octavo(["convert", "-f", "markdown", "-", "-t", "text"] + arguments,
                                                  stdin: Data("x".utf8))
            #expect(result.status == 2, "\(arguments): \(result.summary)")
            #expect(result.stdout.isEmpty)
            for word in words { #expect(result.stderr.contains(word), "\(arguments): \(result.stderr)") }
        }
    }

    @Test func wrapNoneAndUpperCaseNoneAreOneSetting() throws {
        let paragraph = String(repeating: "word ", count: 40) + "end.\n"
        let none = try CommandRunner.octavo(["convert", "-f", "markdown", "-", "-t", "text", "--wrap", "none"],
                                            stdin: Data(paragraph.utf8))
        let upper = try CommandRunner.octavo(["convert", "-f", "markdown", "-", "-t", "text", "--wrap", "NONE"],
                                             stdin: Data(paragraph.utf8))
        #expect(none.status == 0 && upper.status == 0, "\(none.summary) \(upper.summary)")
        #expect(none.stdoutText.split(separator: "\n").count == 1)
        #expect(none.stdout == upper.stdout)
    }

    /// A manifest job with `extract: off`, `wrap: 30` and `raw-html: drop` writes the same bytes as
    /// `convert` given the same words as options.
    @Test func aManifestTakesTheSameWordsAsTheCommandLine() throws {
        let workspace = try Workspace()
        let page = try workspace.write("in/page.html", try Data(contentsOf: HTMLReaderCLITests.page))
        try workspace.write("in/raw.md", "Before <b>bold</b> after.\n\n<div>block</div>\n")
        try workspace.write("octavo.yml", """
        output: out
        defaults:
          to: text
          wrap: 30
          extract: off
          raw-html: drop
        jobs:
          - input: in
        """)
        let batch = try CommandRunner.octavo(["batch", "--quiet"], in: workspace.url)
        #expect(batch.status == 0, "\(batch.summary)")
        for (input, output) in [(page, "out/page.txt"), (workspace.path("in/raw.md"), "out/raw.txt")] {
            let convert = try CommandRunner.octavo(["convert", input, "-t", "text", "--wrap", "30",
                                                    "--extract", "off", "--raw-html", "drop"])
            #expect(convert.status == 0, "\(convert.summary)")
            let written = try Data(contentsOf: URL(fileURLWithPath: workspace.path(output)))
            #expect(written == convert.stdout, "\(output) differs from convert's output")
        }
        let page30 = try String(contentsOfFile: workspace.path("out/page.txt"), encoding: .utf8)
        #expect(page30.contains("Most read"))   // extract: off kept the whole page
    }
}

import Foundation
import OctavoTestSupport
import Testing

@Suite struct CLITests {
    @Test func formatsListsReadersAndWriters() throws {
        let result = try CommandRunner.octavo(["formats"])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("Readers (-f):"))
        #expect(result.stdoutText.contains("json"))
    }

    @Test func unknownOutputFormatExitsTwo() throws {
        let result = try CommandRunner.octavo(["convert", "-t", "klingon", "-"], stdin: Data())
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown output format 'klingon'"))
    }

    @Test func unknownOptionExitsTwo() throws {
        let result = try CommandRunner.octavo(["convert", "--no-such-flag", "x"])
        #expect(result.status == 2)
    }

    @Test func unreadableFileExitsOneNamingThePath() throws {
        let result = try CommandRunner.octavo(["convert", "-t", "json", "/nonexistent/octavo-input.md"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/octavo-input.md"))
        #expect(result.stderr.contains("no such file"))
    }

    @Test func modelJSONRoundTripsThroughStdin() throws {
        let json = #"{"schemaVersion": 1, "document": {"metadata": {"title": "T"}, "blocks": [{"type": "paragraph", "content": [{"type": "text", "text": "hi"}]}]}}"#
        let result = try CommandRunner.octavo(["convert", "-f", "json", "-t", "json", "-"], stdin: Data(json.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains(#""title" : "T""#))
    }

    @Test func outputEqualToInputIsRefused() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.json").path
        try Data(#"{"schemaVersion":1,"document":{"metadata":{},"blocks":[]}}"#.utf8).write(to: URL(fileURLWithPath: path))
        let result = try CommandRunner.octavo(["convert", path, "-t", "json", "-o", path])
        #expect(result.status == 2)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(#"{"schemaVersion":1"#))
    }
}

@Suite struct InspectTreeTests {
    @Test func inspectTreePrintsTheIndentedDump() throws {
        let result = try CommandRunner.octavo(["inspect", "--tree", "-f", "markdown", "-"], stdin: Data("# Hi\n\n*a*\n".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText == "document\n  heading level=1\n    text \"Hi\"\n  paragraph\n    emphasis\n      text \"a\"\n")
    }
}

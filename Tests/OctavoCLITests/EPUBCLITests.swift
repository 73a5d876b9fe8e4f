import Foundation
import OctavoTestSupport
import Testing

/// `octavo convert … -o book.epub` end to end.
@Suite struct EPUBCLITests {
    private static let json = #"""
    {"schemaVersion": 1, "document": {"metadata": {"title": "From JSON", "authors": ["Ann Author"], "language": "de"},
     "blocks": [
       {"type": "heading", "level": 1, "attributes": {}, "content": [{"type": "text", "text": "From JSON"}]},
       {"type": "paragraph", "content": [{"type": "text", "text": "Ein Absatz"},
         {"type": "footnote", "blocks": [{"type": "paragraph", "content": [{"type": "text", "text": "Fußnote"}]}]}]},
       {"type": "heading", "level": 2, "attributes": {}, "content": [{"type": "text", "text": "Zweiter Teil"}]},
       {"type": "paragraph", "content": [{"type": "image", "source": "../../../../etc/passwd", "attributes": {},
         "alt": [{"type": "text", "text": "nope"}]}]}
     ]}}
    """#

    @Test func jsonToEPUBIsReproducibleAcrossTimeZonesAndValid() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("x.json")
        try Data(Self.json.utf8).write(to: input)
        var outputs: [Data] = []
        for zone in ["UTC", "America/Los_Angeles", "Asia/Kolkata"] {
            let output = folder.appendingPathComponent("book-\(outputs.count).epub")
            let result = try CommandRunner.octavo(["convert", input.path, "-o", output.path],
                                                  environment: ["SOURCE_DATE_EPOCH": "1700000000", "TZ": zone])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("not embedded"), "the traversal attempt is reported")
            outputs.append(try Data(contentsOf: output))
        }
        #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2], "TZ must not change the bytes")
        #expect(outputs[0].prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(String(decoding: outputs[0][30..<38], as: UTF8.self) == "mimetype")
        #expect(!String(decoding: outputs[0], as: UTF8.self).contains("root:x:0:0"))
        let report = try EPUBCheck.check(folder.appendingPathComponent("book-0.epub"))
        #expect(report.isClean, "\(report.output)")
    }

    @Test func epubWithoutOutputFileIsAUsageError() throws {
        let result = try CommandRunner.octavo(["convert", "-f", "json", "-t", "epub", "-"], stdin: Data(Self.json.utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("-o"))
    }

    @Test func failedConversionLeavesNoFile() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("x.json")
        try Data(Self.json.utf8).write(to: input)
        let output = folder.appendingPathComponent("book.epub")
        let result = try CommandRunner.octavo(["convert", input.path, "-o", output.path, "--css", "/nonexistent/style.css"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/style.css"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["x.json"])
    }

    @Test func markdownCompilationWithStylesheetAndFileAs() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("# First\n\nOne *two*.\n\n## Sub\n\nText.\n".utf8).write(to: folder.appendingPathComponent("a.md"))
        try Data("# Second\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n- x\n  - y\n".utf8).write(to: folder.appendingPathComponent("b.md"))
        try Data("body { color: black; }\n".utf8).write(to: folder.appendingPathComponent("style.css"))
        let result = try CommandRunner.octavo(["convert", "a.md", "b.md", "-o", "book.epub", "--title", "Both", "--author", "Me",
                                               "--language", "en", "--css", "style.css", "-M", "file-as=Me, Myself"],
                                              environment: ["SOURCE_DATE_EPOCH": "1700000000"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try EPUBCheck.check(folder.appendingPathComponent("book.epub"))
        #expect(report.isClean, "\(report.output)")
    }
}

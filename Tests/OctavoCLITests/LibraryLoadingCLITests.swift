#if os(Linux)
import Foundation
import OctavoTestSupport
import Testing

/// libzip (and libcrypto behind it) is opened when the first EPUB is written, not when `octavo`
/// starts. glibc's loader lists every library it opens when `LD_DEBUG=libs` is set.
@Suite struct LibraryLoadingCLITests {
    private static let markdown = Data("# Title\n\nA *short* note.\n".utf8)

    @Test func markdownToHTMLDoesNotLoadLibzip() throws {
        let result = try CommandRunner.octavo(["convert", "-f", "markdown", "-t", "html", "-"], stdin: Self.markdown,
                                              environment: ["LD_DEBUG": "libs"])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("<em>short</em>"))
        #expect(result.stderr.contains("libcmark-gfm"), "LD_DEBUG lists the libraries loaded")
        #expect(!result.stderr.contains("libzip"))
        #expect(!result.stderr.contains("libcrypto"))
    }

    @Test func writingAnEPUBLoadsLibzipThen() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("note.epub")
        let result = try CommandRunner.octavo(["convert", "-f", "markdown", "-", "-o", output.path], stdin: Self.markdown,
                                              environment: ["LD_DEBUG": "libs"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("libzip.so"))
        let report = try EPUBCheck.check(output)
        #expect(report.isClean, "\(report.output)")
    }
}
#endif

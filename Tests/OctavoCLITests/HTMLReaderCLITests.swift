import Foundation
import OctavoTestSupport
import Testing

/// End-to-end runs of the built binary reading HTML.
@Suite struct HTMLReaderCLITests {
    static let page = Repository.fixtures("OctavoHTMLTests").appendingPathComponent("reader/extraction-page.html")

    @Test func htmlFilesAreReadByExtension() throws {
        let result = try CommandRunner.octavo(["convert", Self.page.path, "-t", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("Rivers carve valleys slowly"))
        #expect(!result.stdoutText.contains("Most read"))
    }

    @Test func stdinIsSniffedAsHTML() throws {
        let html = "<!DOCTYPE html><html><head><title>Sniffed page title here</title></head><body><p>Hello.</p></body></html>"
        let result = try CommandRunner.octavo(["convert", "-", "-t", "json"], stdin: Data(html.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("Sniffed page title here"))
    }

    @Test func extractOffKeepsTheWholePage() throws {
        let result = try CommandRunner.octavo(["convert", Self.page.path, "-f", "html", "-t", "json", "--extract", "off"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("Most read"))
    }

    @Test func baseURLResolvesLinks() throws {
        let html = "<p><a href='x/y.html'>link</a></p>"
        let result = try CommandRunner.octavo(["convert", "-", "-f", "html", "-t", "json", "--base-url", "https://b.example/a/"],
                                              stdin: Data(html.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("https://b.example/a/x/y.html"))
    }
}

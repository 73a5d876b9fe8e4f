import Foundation
import OctavoTestSupport
import Testing

/// End-to-end: the built `octavo` binary writing HTML.
@Suite struct HTMLCLITests {
    @Test(arguments: [1, 150, 300, 500, 600])
    func commonMarkExamplesThroughTheCommandLine(_ number: Int) throws {
        let example = try #require(CommonMarkConformanceTests.spec.first { $0.example == number })
        let result = try CommandRunner.octavo(["convert", "-", "-f", "commonmark", "-t", "html", "--raw-html", "keep"],
                                              stdin: Data(example.markdown.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(HTMLNormalizer.normalize(result.stdoutText) == HTMLNormalizer.normalize(example.html))
    }

    @Test func gfmFootnotesThroughTheCommandLine() throws {
        let example = try #require(CommonMarkConformanceTests.gfm.first { $0.section == "Footnotes" })
        let result = try CommandRunner.octavo(["convert", "-", "-f", "gfm", "-t", "html", "--raw-html", "keep"],
                                              stdin: Data(example.markdown.utf8))
        #expect(HTMLNormalizer.normalize(result.stdoutText) == HTMLNormalizer.normalize(example.html))
    }

    @Test func standalonePageWithContentsToAFile() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("notes.md")
        try Data("---\ntitle: Notes\nauthor: Ann\n---\n# One\n\ntext[^n]\n\n## Two\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n[^n]: note\n".utf8)
            .write(to: input)
        let output = folder.appendingPathComponent("notes.html")
        let result = try CommandRunner.octavo(["convert", input.path, "-s", "--toc", "-o", output.path],
                                              environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: output, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<title>Notes</title>"))
        #expect(page.contains("<li><a href=\"#two\">Two</a></li>"))
        #expect(page.contains("<th align=\"left\">a</th>"))
        try XMLLint.expectValid(page, xhtml: false, fragment: false)
    }

    @Test func xhtmlByExtensionIsWellFormedXML() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.xhtml")
        let markdown = "# T\n\n<div>raw <b>html<br></div>\n\nA <span>&nbsp;</span> & <img src=x>\n"
        let result = try CommandRunner.octavo(["convert", "-", "-f", "markdown", "-s", "--raw-html", "keep", "-o", output.path],
                                              stdin: Data(markdown.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: output, encoding: .utf8)
        #expect(page.hasPrefix("<?xml"))
        try XMLLint.expectValid(page, xhtml: true, fragment: false)
    }

    @Test func hostileMarkdownIsSanitizedByDefault() throws {
        let markdown = """
            <script>alert(1)</script>

            Click <a href="javascript:alert(1)" onclick="x()">here</a> or [there](javascript:alert(2)).

            <img src=x onerror=alert(3)><iframe src="https://evil.example"></iframe>
            """
        let result = try CommandRunner.octavo(["convert", "-", "-f", "markdown", "-t", "html"], stdin: Data(markdown.utf8))
        #expect(result.status == 0)
        let html = result.stdoutText.lowercased()
        for banned in ["<script", "javascript:", "onclick", "onerror", "<iframe"] { #expect(!html.contains(banned)) }
        #expect(html.hasPrefix("<p>click <a>here</a> or <a href=\"\">there</a>.</p>\n"))
        #expect(result.stderr.contains("sanitized"))
        try XMLLint.expectValid(result.stdoutText, xhtml: false)
    }
}

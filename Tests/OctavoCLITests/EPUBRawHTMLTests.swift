import Foundation
import OctavoTestSupport
import Testing

/// Hostile raw HTML in Markdown, written as EPUB under each `--raw-html` policy that writes it
/// (a book sanitizes under `keep` too): the book is valid (epubcheck: nothing at all), nothing
/// that can run survives, links and anchors of the raw HTML still meet.
@Suite struct EPUBRawHTMLTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var markdown: [UInt8]
        var testDescription: String { name }
        init(_ name: String, _ text: String) { self.name = name; markdown = Array(text.utf8) }
        init(_ name: String, bytes: [UInt8]) { self.name = name; markdown = bytes }
    }

    static let cases: [Case] = [
        Case("unclosed tags", "# Unclosed\n\n<div><p><b>bold <i>italic\n\nText with <span id=\"s\">an <em>open span, <a href=\"#s\">a link\n\n</td></tr></table> stray ends\n"),
        Case("script", "# Script\n\n<script>alert(1)</script>\n\nInline <script>alert(2)</script> and <style>p{}</style> text. <a href=\"https://example.org/\">ok</a>\n"),
        Case("javascript URLs", "# URLs\n\n<a href=\"javascript:alert(1)\">j</a> <a href=\" JaVa\tScRiPt:x\">k</a> <img src=\"javascript:x\" alt=\"js image\"> "
             + "[md](javascript:alert(3))\n\n<p><a href=\"vbscript:x\">v</a> <a href=\"data:text/html,x\">d</a></p>\n"),
        Case("10k nesting", "# Deep\n\n" + String(repeating: "<div>", count: 10_000) + "deep" + String(repeating: "</div>", count: 10_000)
             + "\n\nInline " + String(repeating: "<span>", count: 10_000) + "x" + String(repeating: "</span>", count: 10_000) + "\n"),
        Case("invalid UTF-8", bytes: Array("# Bytes\n\n<p title=\"".utf8) + [0xFF, 0xFE] + Array("\">bad ".utf8) + [0xC3, 0x28]
             + Array(" bytes</p>\n\nInline <b id=\"".utf8) + [0xE2, 0x82] + Array("\">x</b> and <a href=\"#".utf8) + [0xED, 0xA0, 0x80]
             + Array("\">y</a>\n".utf8)),
        Case("huge attributes", "# Huge\n\n<p data-x=\"" + String(repeating: "a", count: 1 << 20) + "\" "
             + (0..<5_000).map { "data-a\($0)=\"\($0)\"" }.joined(separator: " ") + ">huge</p>\n\n<img src=\""
             + String(repeating: "b", count: 100_000) + ".png\" alt=\"" + String(repeating: "c", count: 100_000) + "\">\n"),
        Case("marker spoofing", "# Spoof\n\nText <!--/octavo-raw--><img src=\"https://example.com/x.png\" alt=\"spoof\"> "
             + "<a id=\"dup\"></a><a name=\"dup\"></a> [to dup](#dup)\n\n<!--/octavo-raw--><a id=\"dup\">block</a>\n"),
    ]

    @Test(arguments: cases, ["keep", "sanitize"])
    func hostileRawHTMLMakesAValidSafeBook(_ input: Case, policy: String) throws {
        let workspace = try Workspace()
        let source = try workspace.write("in.md", Data(input.markdown))
        let output = workspace.path("out.epub")
        let result = try CommandRunner.octavo(["convert", source, "--raw-html", policy, "-o", output, "--quiet"])
        #expect(result.status == 0, "\(result.summary)")
        let book = try HostileInputTests.unpack(output)
        for hazard in ["<script", "javascript:", "vbscript:", "data:text", "onerror", "example.com/x.png", "octavo-raw"] {
            #expect(!book.contents.lowercased().contains(hazard), "\(hazard) in the book")
        }
        let report = try EPUBCheck.check(URL(fileURLWithPath: output))
        #expect(report.isClean, "\(report.output.suffix(2000))")
    }

    /// An anchor opened by one inline tag and closed by another, in one chapter; links to it from
    /// the next, in Markdown and in raw HTML; images of raw HTML embedded; ids unique in the book.
    @Test func rawAnchorsLinksAndImagesMeetAcrossChapters() throws {
        let workspace = try Workspace()
        try workspace.write("pic.png", Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!)
        let source = try workspace.write("in.md", """
            # One

            Here is <a name="spot">the spot</a> and <span id="one">a span</span>. <img src="pic.png" alt="a dot">

            # Two

            <p id="one">Same id again. <a href="#spot">Raw link</a>, <a href="missing.html">gone</a>.</p>

            [Markdown link](#spot) and <a href="https://example.org/">web</a>.

            """)
        let output = workspace.path("out.epub")
        let result = try CommandRunner.octavo(["convert", source, "--split-level", "1", "--raw-html", "keep", "--verbose", "-o", output])
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.stderr.contains("missing.html"), "the dropped link is reported")
        let unzip = URL(fileURLWithPath: "/usr/bin/unzip")
        let first = try CommandRunner.run(unzip, ["-p", output, "EPUB/chapter-001.xhtml"]).stdoutText
        let second = try CommandRunner.run(unzip, ["-p", output, "EPUB/chapter-002.xhtml"]).stdoutText
        #expect(first.contains(#"<a id="spot">the spot</a>"#))
        #expect(first.contains(#"<span id="one">a span</span>"#))
        // img-0001 is the drawn cover; the raw image is the book's second.
        #expect(first.contains(#"<img alt="a dot" src="images/img-0002.png" />"#))
        #expect(second.contains(#"<p id="one-2">"#), "a raw id taken in another chapter is made unique")
        #expect(second.contains(#"<a href="chapter-001.xhtml#spot">Raw link</a>"#))
        #expect(second.contains(#"<a>gone</a>"#))
        #expect(second.contains(#"<a href="chapter-001.xhtml#spot">Markdown link</a>"#))
        #expect(second.contains(#"<a href="https://example.org/">web</a>"#))
        let report = try EPUBCheck.check(URL(fileURLWithPath: output))
        #expect(report.isClean, "\(report.output.suffix(2000))")
    }
}

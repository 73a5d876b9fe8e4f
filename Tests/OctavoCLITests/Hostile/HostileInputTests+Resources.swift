import Foundation
import OctavoTestSupport
import Testing

/// Documents that try to pull in files from outside the allowed folders, and links that would
/// run script in a reader's browser.
extension HostileInputTests {
    /// A PNG signature followed by a marker, enough for an image sniffer; the marker shows
    /// whether the file's bytes reached the book.
    static func png(_ marker: String) -> Data {
        TestPNG.solid(red: 0x20, green: 0x40, blue: 0x60, text: marker)
    }

    /// Every file in the EPUB at `path`, concatenated and decompressed (`unzip -p`), and the entry list.
    static func unpack(_ path: String) throws -> (contents: String, entries: String) {
        let unzip = URL(fileURLWithPath: "/usr/bin/unzip")
        let contents = try CommandRunner.run(unzip, ["-p", path])
        let listing = try CommandRunner.run(unzip, ["-Z1", path])
        return (String(decoding: contents.stdout, as: UTF8.self), listing.stdoutText)
    }

    /// A book folder whose document points at files outside it in every way a path can.
    static func escapingBook(in workspace: Workspace) throws -> [String] {
        try workspace.write("outside/secret.png", Self.png("OCTAVO-OUTSIDE"))
        try workspace.write("book/inside.png", Self.png("OCTAVO-INSIDE"))
        try FileManager.default.createSymbolicLink(atPath: workspace.path("book/link.png"),
                                                   withDestinationPath: workspace.path("outside/secret.png"))
        try FileManager.default.createSymbolicLink(atPath: workspace.path("book/passwd.png"), withDestinationPath: "/etc/passwd")
        try FileManager.default.createDirectory(atPath: workspace.path("book/sub"), withIntermediateDirectories: true)
        return ["../../../etc/passwd", "/etc/passwd", "file:///etc/passwd", "file://localhost/etc/passwd",
                "../outside/secret.png", "sub/../../outside/secret.png", workspace.path("outside/secret.png"),
                "link.png", "passwd.png", "/proc/self/environ", "/dev/zero", "inside.png"]
    }

    @Test(.enabled(if: Formats.hasWriter("epub") && FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip")))
    func imagesOutsideTheResourceRootsAreNotEmbedded() throws {
        let workspace = try Workspace()
        let sources = try Self.escapingBook(in: workspace)
        var documents = [("doc.md", "# Images\n\n" + sources.map { "![alt](\($0))\n" }.joined(separator: "\n"))]
        if Formats.hasReader("html") {
            documents.append(("page.html", "<html><body><h1>Images</h1>" + sources.map { "<p><img src=\"\($0)\" alt=\"a\"></p>" }.joined()
                + "</body></html>"))
        }
        for (name, text) in documents {
            let input = try workspace.write("book/\(name)", text)
            let output = workspace.path("\(name).epub")
            let result = try CommandRunner.octavo(["convert", input, "--extract", "off", "-o", output, "--keep-images"])
            #expect(result.status == 0, "\(name): \(result.summary)")
            let book = try Self.unpack(output)
            #expect(book.contents.contains("OCTAVO-INSIDE"), "\(name): the image inside the folder was not embedded")
            #expect(!book.contents.contains("OCTAVO-OUTSIDE"), "\(name): an image outside the folder was embedded")
            #expect(!book.contents.contains("root:x:0:0") && !book.contents.contains("PATH="), "\(name): a system file was embedded")
            #expect(result.stderr.contains("outside"), "\(name): no diagnostic for the refused images: \(result.stderr)")

            // Naming the outside folder with --resource-path lets its image in (and only it).
            let allowed = try CommandRunner.octavo(["convert", input, "--extract", "off", "-o", output, "--keep-images",
                                                    "--resource-path", workspace.path("outside")])
            #expect(allowed.status == 0)
            let opened = try Self.unpack(output)
            #expect(opened.contents.contains("OCTAVO-OUTSIDE") && !opened.contents.contains("root:x:0:0"))
        }
    }

    @Test(.enabled(if: Formats.hasWriter("epub") && FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip")))
    func imagesOverTheImageSizeLimitAreLeftOut() throws {
        let workspace = try Workspace()
        try workspace.write("big.png", Self.png("OCTAVO-BIG" + String(repeating: "x", count: 5_000)))
        let input = try workspace.write("doc.md", "# Big\n\n![big](big.png)\n")
        let output = workspace.path("out.epub")
        let refused = try CommandRunner.octavo(["convert", input, "-o", output, "--max-image-bytes", "1000"])
        #expect(refused.status == 0 && refused.stderr.contains("limit"), "\(refused.summary)")
        let withoutImage = try Self.unpack(output)
        #expect(!withoutImage.contents.contains("OCTAVO-BIG"))
        let strict = try CommandRunner.octavo(["convert", input, "-o", workspace.path("strict.epub"), "--max-image-bytes", "1000", "--strict"])
        #expect(strict.status == 1)
        let accepted = try CommandRunner.octavo(["convert", input, "-o", output, "--max-image-bytes", "100000", "--keep-images"])
        let withImage = try Self.unpack(output)
        #expect(accepted.status == 0 && withImage.contents.contains("OCTAVO-BIG"), "\(accepted.summary)")
    }

    static let scriptLinksMarkdown = """
        [a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==)
        [d](vbscript:msgbox(4)) <javascript:alert(5)> ![e](javascript:alert(6)) [f](java%09script:alert(7))
        [g](&#106;avascript:alert(8)) [h](DATA:text/html,<script>alert(9)</script>) [ok](https://example.org/)
        """
    static let scriptLinksHTML = """
        <a href="javascript:alert(10)">i</a> <a href=" javascript:alert(11)">j</a> <a href="java&#x09;script:alert(12)">k</a>
        <a href="&#106;&#97;vascript:alert(13)">l</a> <img src="data:text/html,<script>alert(14)</script>" alt="m">
        <iframe src="data:text/html,x"></iframe> <a href="data:text/html;charset=utf-8,x">n</a>
        <svg onload="alert(15)"><script>alert(16)</script></svg> <p onclick="alert(17)">o</p>
        <form action="javascript:alert(18)"><button formaction="javascript:alert(19)">p</button></form>
        <a href="vbscript:x">q</a> <object data="javascript:alert(20)"></object> <a href="https://example.org/">ok</a>
        """

    @Test(.enabled(if: Formats.hasWriter("html")))
    func scriptURLsNeverReachHTMLOutput() throws {
        let workspace = try Workspace()
        var inputs = [("links.md", Self.scriptLinksMarkdown), ("raw.md", Self.scriptLinksMarkdown + "\n\n" + Self.scriptLinksHTML + "\n")]
        if Formats.hasReader("html") {
            inputs.append(("page.html", "<html><body>" + Self.scriptLinksHTML + Self.scriptLinksMarkdown + "</body></html>"))
        }
        for (name, text) in inputs {
            let input = try workspace.write(name, text)
            for policy in ["sanitize", "drop"] {
                for writer in ["html", "xhtml"].filter(Formats.hasWriter) {
                    let result = try CommandRunner.octavo(["convert", input, "--extract", "off", "--raw-html", policy, "-t", writer, "-s"])
                    #expect(result.status == 0, "\(name) \(policy) → \(writer): \(result.summary)")
                    #expect(Self.scriptHazard(in: result.stdoutText) == nil,
                            "\(name) \(policy) → \(writer): '\(Self.scriptHazard(in: result.stdoutText) ?? "")' in the output")
                    #expect(result.stdoutText.contains("https://example.org/"), "\(name): the safe link was lost")
                }
            }
        }
        // Markdown's own link syntax is checked even when the user keeps raw HTML.
        let kept = try CommandRunner.octavo(["convert", workspace.path("links.md"), "--raw-html", "keep", "-t", "html"])
        #expect(Self.scriptHazard(in: kept.stdoutText) == nil, "\(kept.stdoutText)")
    }

    @Test(.enabled(if: Formats.hasWriter("epub") && FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip")))
    func scriptURLsNeverReachEPUBChapters() throws {
        let workspace = try Workspace()
        let input = try workspace.write("raw.md", "# Links\n\n" + Self.scriptLinksMarkdown + "\n\n" + Self.scriptLinksHTML + "\n")
        let output = workspace.path("out.epub")
        let result = try CommandRunner.octavo(["convert", input, "-o", output])
        #expect(result.status == 0, "\(result.summary)")
        let book = try Self.unpack(output)
        #expect(Self.scriptHazard(in: book.contents) == nil, "'\(Self.scriptHazard(in: book.contents) ?? "")' in the EPUB")
    }
}

import Foundation
import OctavoImages
import OctavoTestSupport
import Testing

/// The image options of `octavo convert`, run on the built binary.
@Suite struct ImagesCLITests {
    @Test func embedImagesMakesOneSelfContainedPage() throws {
        let workspace = try Workspace()
        try workspace.write("photo.tif", try SampleImage.gradient(width: 2400, height: 1200, as: ".tif"))
        try workspace.write("bomb.png", try TestPictures.pngBomb(width: 50_000, height: 50_000))
        let input = try workspace.write("page.md", "# Page\n\n![a photo](photo.tif)\n\n![a bomb](bomb.png)\n")
        let result = try CommandRunner.octavo(["convert", input, "-t", "html", "-s", "--embed-images", "--max-image-size", "800x800"])
        #expect(result.status == 0, "\(result.summary)")
        let html = result.stdoutText
        let prefix = #"src="data:image/jpeg;base64,"#
        let start = try #require(html.range(of: prefix))
        let payload = html[start.upperBound...].prefix { $0 != "\"" }
        let jpeg = try #require(Data(base64Encoded: String(payload)))
        #expect(ImageMediaType.sniff(jpeg) == .jpeg)
        #expect(!html.contains("photo.tif"))
        #expect(html.contains("[a bomb]"))
        #expect(result.stderr.contains("bomb.png") && result.stderr.contains("over the limit"), "\(result.stderr)")
        // Without the flag the page refers to the file as written.
        let plain = try CommandRunner.octavo(["convert", input, "-t", "html", "-s"])
        #expect(plain.stdoutText.contains(#"src="photo.tif""#))
    }

    @Test func badImageOptionsAreUsageErrors() throws {
        let workspace = try Workspace()
        let input = try workspace.write("page.md", "# Page\n")
        for flags in [["--max-image-size", "1600"], ["--max-image-size", "0x5"], ["--image-quality", "101"]] {
            let result = try CommandRunner.octavo(["convert", input] + flags)
            #expect(result.status == 2, "\(flags): \(result.summary)")
        }
    }

    @Test(.enabled(if: EPUBCheck.isAvailable))
    func aDrawnCoverAndNoCover() throws {
        let workspace = try Workspace()
        let one = try workspace.write("one.md", "# The First Article\n\nText.\n")
        let two = try workspace.write("two.md", "# The Second Article\n\nMore text.\n")
        let output = workspace.path("book.epub")
        let drawn = try CommandRunner.octavo(["convert", one, two, "--title", "Two Articles", "--author", "Ann", "-o", output])
        #expect(drawn.status == 0, "\(drawn.summary)")
        let report = try EPUBCheck.check(URL(fileURLWithPath: output))
        #expect(report.isClean, "\(report.output)")
        let listing = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/unzip"), ["-p", output, "EPUB/content.opf"]).stdoutText
        #expect(listing.contains(#"media-type="image/png" properties="cover-image""#))
        let bare = workspace.path("bare.epub")
        #expect(try CommandRunner.octavo(["convert", one, two, "--no-cover", "-o", bare]).status == 0)
        let bareOPF = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/unzip"), ["-p", bare, "EPUB/content.opf"]).stdoutText
        #expect(!bareOPF.contains("cover-image"))
        #expect(try EPUBCheck.check(URL(fileURLWithPath: bare)).isClean)
    }
}

import Foundation
import OctavoTestSupport
import Testing

/// `octavo` with URL inputs, end to end against the loopback server.
@Suite(.serialized, .timeLimit(.minutes(3))) struct WebCLITests {
    let server: WebServer
    let folder: URL

    init() throws {
        server = try WebServer()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("octavo-web-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Twenty real corpus pages that have images, as URLs on the test server.
    private func articleURLs() throws -> [String] {
        let corpus = Repository.shared.appendingPathComponent("corpus")
        var names: [String] = []
        for set in ["readability", "extraction"] {
            let dirs = try FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(set).path).sorted()
            for dir in dirs {
                let source = corpus.appendingPathComponent("\(set)/\(dir)/source.html")
                guard let html = try? String(contentsOf: source, encoding: .utf8), html.contains("<img") else { continue }
                names.append("\(set)/\(dir)")
            }
        }
        return names.prefix(20).map { server.url("/article/\($0)") }
    }

    /// The image files inside an EPUB.
    private func images(in epub: URL) throws -> Set<Data> {
        let list = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/unzip"), ["-Z1", epub.path]).stdoutText
        return Set(try list.split(separator: "\n").filter { $0.contains("/images/") }.map { name in
            try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/unzip"), ["-p", epub.path, String(name)]).stdout
        })
    }

    @Test(.enabled(if: WebServer.corpusAvailable && EPUBCheck.isAvailable, "needs ../shared/corpus and epubcheck"))
    func twentyArticlesFromURLsMakeACleanBookWithEveryImage() throws {
        let urls = try articleURLs()
        #expect(urls.count == 20)
        let list = folder.appendingPathComponent("articles.txt")
        try ("# the test book\n" + urls.joined(separator: "\n") + "\n").write(to: list, atomically: true, encoding: .utf8)
        let book = folder.appendingPathComponent("book.epub")
        // --keep-images stores each fetched file as served, so the book can be checked byte for byte.
        let result = try CommandRunner.octavo(["convert", "--inputs", list.path, "--allow-private-network", "--keep-images",
                                               "--title", "Articles", "-o", book.path])
        #expect(result.status == 0, "\(result.stderr)")
        let served = try server.log().compactMap { $0["path"] ?? nil }.filter { $0.hasPrefix("/img/") }
        #expect(served.count > 20)
        #expect(served.count == Set(served).count, "each image is fetched once")
        let embedded = try images(in: book)
        for (path, data) in zip(served, try server.get(served)) {
            #expect(embedded.contains(data), "\(path) is in the book")
        }
        let report = try EPUBCheck.check(book)
        #expect(report.isClean, "\(report.output)")
    }

    @Test func imagesOfPagesOnPrivateAddressesAreLeftOutWithAWarning() throws {
        let second = try WebServer(address: "127.0.0.2")
        let images = [second.url("/img/private/1.png"), "http://169.254.169.254/latest/meta-data.png"]
        let page = server.url("/page?title=Private&img=" + images.joined(separator: ","))
        let book = folder.appendingPathComponent("private.epub")
        let result = try CommandRunner.octavo(["convert", page, "--no-cover", "-o", book.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("image \(images[0]) not fetched: refused: 127.0.0.2"))
        #expect(result.stderr.contains("image \(images[1]) not fetched: refused: 169.254.169.254"))
        #expect(try second.log().isEmpty)
        let text = try CommandRunner.octavo(["convert", page, "-t", "text"]).stdoutText
        #expect(text.contains("Picture 1"))
        #expect(try self.images(in: book).isEmpty)
    }

    @Test func embedImagesPutsAFetchedImageIntoTheHTMLPage() throws {
        let page = server.url("/page?title=Inline&img=" + server.url("/img/ok/1.png"))
        let result = try CommandRunner.octavo(["convert", page, "--allow-private-network", "-t", "html", "-s", "--embed-images"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("src=\"data:image/"), "the fetched image is written into the page")
        #expect(!result.stdoutText.contains("src=\"\(server.url("/img/ok/1.png"))"))
        let plain = try CommandRunner.octavo(["convert", page, "--allow-private-network", "-t", "html", "-s"])
        #expect(plain.stdoutText.contains("src=\"\(server.url("/img/ok/1.png"))"), "without --embed-images the image stays a link")
    }

    @Test func aMissingImageIsAWarningAndTheBookIsStillMade() throws {
        let page = server.url("/page?title=Broken&img=" + [server.url("/status/404"), server.url("/picture/html"),
                                                            server.url("/img/ok/1.png")].joined(separator: ","))
        let book = folder.appendingPathComponent("broken.epub")
        let result = try CommandRunner.octavo(["convert", page, "--allow-private-network", "--no-cover", "-o", book.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("image \(server.url("/status/404")) not fetched: HTTP 404 Not Found"))
        #expect(result.stderr.contains("image \(server.url("/picture/html")) not embedded: it is not an image Octavo reads"))
        #expect(try images(in: book).count == 1)
        if EPUBCheck.isAvailable { #expect(try EPUBCheck.check(book).isClean) }
    }

    @Test func badURLsFailWithTheURLAndNoOutput() throws {
        let cases: [(String, String)] = [
            (server.url("/status/404"), "HTTP 404 Not Found"),
            (server.url("/status/500"), "HTTP 500"),
            (server.url("/loop"), "too many redirects"),
            (server.url("/picture"), "the server says it is image/png, not a page"),
            ("ftp://example.org/a", "unsupported URL scheme 'ftp'"),
            ("http://exa mple.org/", "malformed URL"),
            ("http://127.0.0.1:1/", "cannot connect"),
        ]
        for (url, reason) in cases {
            let output = folder.appendingPathComponent("bad.epub")
            let result = try CommandRunner.octavo(["convert", url, "-o", output.path, "--timeout", "5"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("octavo: \(url): cannot read: \(reason)"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
        let slow = try CommandRunner.octavo(["convert", server.url("/slow"), "-t", "text", "--timeout", "1"])
        #expect(slow.status == 1 && slow.stderr.contains("timed out"))
        let endless = try CommandRunner.octavo(["convert", server.url("/endless"), "-t", "text", "--max-download-size", "100000"])
        #expect(endless.status == 1 && endless.stderr.contains("larger than the limit of 100000 bytes"))
    }

    @Test func inspectReadsAPageWithItsFinalURLAsSource() throws {
        let result = try CommandRunner.octavo(["inspect", server.url("/redirect/2?to=/page?title=Moved")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("\"source\" : \"\(server.url("/page?title=Moved"))\"")
            || result.stdoutText.contains("\"source\":\"\(server.url("/page?title=Moved"))\""))
    }

    @Test func aBatchOfURLsConvertsTheGoodOnesAndFailsTheBadOne() throws {
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.octavo(["batch", "-t", "text", "-o", out.path, "-q",
                                               server.url("/page?title=One"), server.url("/status/404"), server.url("/gzip")])
        #expect(result.status == 1)
        let made = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(made.count == 2, "\(made)")
        #expect(result.stderr.contains("HTTP 404"), "\(result.stderr)")
    }

    @Test func aManifestMayListURLs() throws {
        let manifest = folder.appendingPathComponent("octavo.yml")
        try """
        output: out
        jobs:
          - inputs: ["\(server.url("/page?title=First"))", "\(server.url("/page?title=Second"))"]
            output: both.txt
          - input: "\(server.url("/page?title=Alone"))"
            output: alone.txt
        """.write(to: manifest, atomically: true, encoding: .utf8)
        let result = try CommandRunner.octavo(["batch", manifest.path, "-t", "text", "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        let both = try String(contentsOf: folder.appendingPathComponent("out/both.txt"), encoding: .utf8)
        #expect(both.contains("First") && both.contains("Second"))
        let alone = try String(contentsOf: folder.appendingPathComponent("out/alone.txt"), encoding: .utf8)
        #expect(alone.contains("Alone"))
    }

    @Test func theCacheServesASecondRunOffline() throws {
        let cache = folder.appendingPathComponent("cache").path
        let page = server.url("/tagged")
        let first = try CommandRunner.octavo(["convert", page, "-t", "text", "--cache", cache])
        #expect(first.status == 0, "\(first.stderr)")
        let offline = try CommandRunner.octavo(["convert", page, "-t", "text", "--offline"], environment: ["OCTAVO_CACHE": cache])
        #expect(offline.status == 0 && offline.stdout == first.stdout)
        let miss = try CommandRunner.octavo(["convert", server.url("/gzip"), "-t", "text", "--offline", "--cache", cache])
        #expect(miss.status == 1 && miss.stderr.contains("not in the cache (--offline)"))
    }

    /// The cache also keeps the book's finished images and its drawn cover: the offline rebuild
    /// reads them, and the book is byte for byte the one made without any cache.
    @Test(.enabled(if: EPUBCheck.isAvailable, "needs epubcheck"))
    func aBookRebuiltFromTheCacheIsTheUncachedBook() throws {
        let cache = folder.appendingPathComponent("cache")
        let pictures = (1...3).map { server.url("/img/cached/\($0).png") }.joined(separator: ",")
        let page = server.url("/page?title=Pictures&img=" + pictures)
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        func book(_ name: String, _ extra: [String]) throws -> Data {
            let output = folder.appendingPathComponent(name)
            let result = try CommandRunner.octavo(["convert", page, "--allow-private-network", "--quiet", "-o", output.path] + extra,
                                                  environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            return try Data(contentsOf: output)
        }
        let uncached = try book("uncached.epub", [])
        #expect(try book("filling.epub", ["--cache", cache.path]) == uncached)
        let kept = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".image") }
        #expect(kept.count == 4, "three pictures and the cover: \(kept)")
        #expect(try book("offline.epub", ["--cache", cache.path, "--offline"]) == uncached)
        let report = try EPUBCheck.check(folder.appendingPathComponent("offline.epub"))
        #expect(report.isClean, "\(report.output)")
    }
}

import Foundation
import Octavo
import OctavoTestSupport
import Testing

/// The fetcher against a real HTTP server on loopback: what works, and every way a URL fails.
@Suite(.serialized, .timeLimit(.minutes(1))) struct FetcherTests {
    let server: WebServer

    init() throws { server = try WebServer() }

    /// A fetcher that writes cache entries as the CLI does.
    private func makeFetcher(_ settings: FetchSettings, userAgent: String = "octavo") -> Fetcher {
        Fetcher(settings: settings, userAgent: userAgent) { try AtomicFile.write($0, to: $1, durable: false) }
    }

    private func settings(_ change: (inout FetchSettings) -> Void = { _ in }) -> FetchSettings {
        var settings = FetchSettings()
        settings.timeout = 5
        settings.retryDelay = 0.05
        settings.maxRetryDelay = 0.2
        change(&settings)
        return settings
    }

    private func page(_ path: String, _ settings: FetchSettings? = nil) -> Result<FetchedResponse, FetchError> {
        makeFetcher(settings ?? self.settings()).fetch([FetchRequest(url: server.url(path), purpose: .page)])[0]
    }

    private func reason(_ result: Result<FetchedResponse, FetchError>) -> String? {
        if case let .failure(error) = result { return error.description }
        return nil
    }

    @Test func followsRedirectsAndReportsTheFinalURL() throws {
        let response = try page("/redirect/3?to=/page?title=Landed").get()
        #expect(response.finalURL == server.url("/page?title=Landed"))
        #expect(String(decoding: response.data, as: UTF8.self).contains("<h1>Landed</h1>"))
        #expect(response.mediaType == "text/html")
    }

    @Test func decodesGzip() throws {
        let body = String(decoding: try page("/gzip").get().data, as: UTF8.self)
        #expect(body.contains("Squeezed words."))
    }

    @Test func sendsItsUserAgent() throws {
        _ = makeFetcher(settings(), userAgent: "octavo/9.9").fetch([FetchRequest(url: server.url("/page"), purpose: .page)])
        #expect(try server.log().last?["ua"] == "octavo/9.9")
    }

    @Test func namesTheURLAndWhyWhenItFails() {
        #expect(reason(page("/status/404"))?.hasSuffix("/status/404: HTTP 404 Not Found") == true)
        #expect(reason(page("/status/500"))?.contains("HTTP 500") == true)
        #expect(reason(page("/loop"))?.contains("too many redirects") == true)
        #expect(reason(page("/endless", settings { $0.maxPageBytes = 50_000 }))?.contains("larger than the limit of 50000 bytes") == true)
        #expect(reason(page("/slow", settings { $0.timeout = 1 }))?.contains("timed out") == true)
        let refused = makeFetcher(settings()).fetch([FetchRequest(url: "http://127.0.0.1:1/", purpose: .page)])[0]
        #expect(reason(refused)?.contains("cannot connect") == true)
        let unknown = makeFetcher(settings()).fetch([FetchRequest(url: "http://no-such-host.invalid/", purpose: .page)])[0]
        #expect(reason(unknown)?.contains("cannot resolve the host name") == true)
        let scheme = makeFetcher(settings()).fetch([FetchRequest(url: "gopher://example.org/", purpose: .page)])[0]
        #expect(reason(scheme)?.contains("unsupported URL scheme 'gopher'") == true)
    }

    @Test func retriesTooManyRequestsAndUnavailable() throws {
        let response = try page("/busy?key=r429&times=2&after=0").get()
        #expect(String(decoding: response.data, as: UTF8.self).contains("After waiting"))
        #expect(try server.hits("/busy") == 3)
        _ = try page("/busy?key=r503&times=1&status=503").get()
        let givenUp = page("/busy?key=always&times=99")
        #expect(reason(givenUp)?.contains("HTTP 429") == true)
        #expect(try server.log().filter { $0["query"]??.contains("key=always") == true }.count == 4)
    }

    @Test func theRunsByteBudgetStopsDownloads() {
        let fetcher = makeFetcher(settings { $0.maxTotalBytes = 3000 })
        let results = fetcher.fetch([FetchRequest(url: server.url("/gzip"), purpose: .page)])
        #expect(reason(results[0])?.contains("download budget") == true)
    }

    @Test func fetchesEachURLOncePerRun() throws {
        let fetcher = makeFetcher(settings())
        let image = FetchRequest(url: server.url("/img/once/1.png"), purpose: .page)
        let results = fetcher.fetch([image, image, image])
        _ = fetcher.fetch([image])
        #expect(results.allSatisfy { (try? $0.get())?.data.count ?? 0 > 0 })
        #expect(try server.hits("/img/once/1.png") == 1)
    }

    @Test func imagesInsidePagesMayNotReachPrivateAddresses() throws {
        let second = try WebServer(address: "127.0.0.2")
        let fetcher = makeFetcher(settings())
        let literal = fetcher.fetch([FetchRequest(url: second.url("/img/x/1.png"), purpose: .resource)])[0]
        #expect(reason(literal)?.contains("127.0.0.2 is a loopback, link-local or private address") == true)
        let metadata = fetcher.fetch([FetchRequest(url: "http://169.254.169.254/latest/meta-data/", purpose: .resource)])[0]
        #expect(reason(metadata)?.contains("169.254.169.254") == true)
        #expect(try second.log().isEmpty)
        let allowed = makeFetcher(settings { $0.allowPrivateNetwork = true })
        #expect((try? allowed.fetch([FetchRequest(url: second.url("/img/x/1.png"), purpose: .resource)])[0].get()) != nil)
    }

    /// A name that is not `localhost` but resolves to a loopback address is refused when
    /// connecting: the rule looks at the address, and again after a redirect.
    @Test func theRuleChecksTheResolvedAddress() throws {
        let host = ProcessInfo.processInfo.hostName
        let resolved = try? CommandRunner.run(URL(fileURLWithPath: "/usr/bin/getent"), ["hosts", host]).stdoutText
        guard let resolved, resolved.hasPrefix("127.") else { return }
        let fetcher = makeFetcher(settings())
        let byName = fetcher.fetch([FetchRequest(url: "http://\(host):\(server.port)/img/n/1.png", purpose: .resource)])[0]
        #expect(reason(byName)?.contains("refused to connect to 127.") == true)
        // A page the user gave may redirect anywhere; an image may not be redirected to loopback.
        let page = fetcher.fetch([FetchRequest(url: "http://\(host):\(server.port)/redirect/1?to=/page", purpose: .page)])[0]
        #expect((try? page.get()) != nil)
    }

    @Test func theCacheRevalidatesWithTheETag() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("octavo-cache-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cached = settings { $0.cacheFolder = folder }
        let first = try makeFetcher(cached).fetch([FetchRequest(url: server.url("/tagged"), purpose: .page)])[0].get()
        #expect(!first.fromCache)
        let second = try makeFetcher(cached).fetch([FetchRequest(url: server.url("/tagged"), purpose: .page)])[0].get()
        #expect(second.fromCache)
        #expect(second.data == first.data)
        #expect(try server.log().filter { $0["path"] == "/tagged" }.compactMap { $0["inm"] ?? nil } == ["\"v1\""])
        let offline = try makeFetcher(settings { $0.cacheFolder = folder; $0.offline = true })
            .fetch([FetchRequest(url: server.url("/tagged"), purpose: .page)])[0].get()
        #expect(offline.data == first.data)
        let miss = makeFetcher(settings { $0.cacheFolder = folder; $0.offline = true })
            .fetch([FetchRequest(url: server.url("/page?title=New"), purpose: .page)])[0]
        #expect(reason(miss)?.contains("not in the cache (--offline)") == true)
    }

    @Test func aFreshEntryNeedsNoRequestAndACorruptOneIsRefetched() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("octavo-cache-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cached = settings { $0.cacheFolder = folder; $0.allowPrivateNetwork = true }
        let request = FetchRequest(url: server.url("/img/fresh/1.png?max-age=600"), purpose: .resource)
        let first = try makeFetcher(cached).fetch([request])[0].get()
        let second = try makeFetcher(cached).fetch([request])[0].get()
        #expect(second.fromCache && second.data == first.data)
        #expect(try server.hits("/img/fresh/1.png") == 1)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let path = (folder as NSString).appendingPathComponent(name)
            var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            bytes[bytes.count - 3] ^= 0xFF
            try bytes.write(to: URL(fileURLWithPath: path))
        }
        let third = try makeFetcher(cached).fetch([request])[0].get()
        #expect(!third.fromCache && third.data == first.data)
        #expect(try server.hits("/img/fresh/1.png") == 2)
    }
}

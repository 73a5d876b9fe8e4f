import Foundation
import OctavoCore
import Synchronization

/// Fetches pages and images over HTTP(S) with libcurl: many at once (8 connections, 2 per host)
/// from one loop on the calling thread, with redirects, content decoding, size limits, a byte
/// budget for the run, retries of 429 and 503, an optional on-disk cache and the
/// private-network rule for images found inside pages. See docs/fetch.md.
///
///     let fetcher = Fetcher(settings: FetchSettings()) { try AtomicFile.write($0, to: $1, durable: false) }
///     let results = fetcher.fetch([FetchRequest(url: "https://example.org/post", purpose: .page)])
///
/// One fetcher serves one run: a URL is fetched at most once by it, whatever the number of calls.
public final class Fetcher: Sendable {
    public let settings: FetchSettings
    public let userAgent: String
    private let budget: ByteBudget
    private let cache: ResponseCache?
    private let known = Mutex<[FetchRequest: Result<FetchedResponse, FetchError>]>([:])

    /// A fetcher for one run. `writeFile` stores a cache entry at a path all at once (a
    /// temporary file renamed into place), so a run that is killed never leaves half an entry.
    public init(settings: FetchSettings, userAgent: String = "octavo", writeFile: @escaping FileWriter) {
        self.settings = settings
        self.userAgent = userAgent
        budget = ByteBudget(limit: settings.maxTotalBytes)
        cache = settings.cacheFolder.map { ResponseCache(folder: $0, writeFile: writeFile) }
    }

    /// Whether `text` names a page on the web (`http://` or `https://`).
    public static func isWebURL(_ text: String) -> Bool { WebURL.isWebURL(text) }

    /// Bytes downloaded by this fetcher so far.
    public var bytesDownloaded: Int { budget.used }

    /// Fetches every request (each distinct one once) and returns the results in the same order.
    /// `progress` is called on this thread as URLs finish and bytes arrive.
    public func fetch(_ requests: [FetchRequest], progress: (FetchProgress) -> Void = { _ in }) -> [Result<FetchedResponse, FetchError>] {
        var plan = FetchPlan(requests: requests)
        for request in plan.distinct {
            if let result = known.withLock({ $0[request] }) {
                plan.results[request] = result
            } else {
                prepare(request, into: &plan)
            }
        }
        var report = FetchProgress(purpose: requests.first?.purpose ?? .page, done: plan.results.count,
                                   total: plan.distinct.count, bytes: 0)
        if !plan.toRun.isEmpty {
            progress(report)
            run(&plan) { event in
                if let bytes = event { report.bytes += bytes } else { report.done += 1 }
                progress(report)
            }
        }
        known.withLock { known in
            for (request, result) in plan.results { known[request] = result }
        }
        return requests.map { plan.results[$0] ?? .failure(FetchError(url: $0.url, reason: "not fetched")) }
    }

    /// Decides from the URL and the cache whether `request` needs the network.
    private func prepare(_ request: FetchRequest, into plan: inout FetchPlan) {
        if let problem = WebURL.problem(with: request.url, privateAllowed: request.purpose == .page || settings.allowPrivateNetwork) {
            plan.results[request] = .failure(FetchError(url: request.url, reason: problem))
            return
        }
        let entry = cache?.load(request.url)
        if settings.offline {
            plan.results[request] = entry.map { .success(Self.response(request.url, from: $0)) }
                ?? .failure(FetchError(url: request.url, reason: cache == nil ? "--offline needs a cache (--cache DIR)" : "not in the cache (--offline)"))
            return
        }
        if let entry, entry.isFresh(at: Date()) {
            plan.results[request] = .success(Self.response(request.url, from: entry))
            return
        }
        plan.entries[request] = entry
        let curl = CurlRequest(url: request.url, headers: entry?.validators ?? [],
                               maxBytes: request.purpose == .page ? settings.maxPageBytes : settings.maxResourceBytes,
                               timeout: settings.timeout, allowPrivateNetwork: request.purpose == .page || settings.allowPrivateNetwork,
                               userAgent: userAgent)
        plan.toRun.append((request, curl))
    }

    /// Runs the planned requests; `event` gets a byte count as bodies arrive and `nil` when a URL is done.
    private func run(_ plan: inout FetchPlan, event: (Int?) -> Void) {
        let session: CurlSession
        do {
            session = try CurlSession()
        } catch {
            for (request, _) in plan.toRun { plan.results[request] = .failure(FetchError(url: request.url, reason: error.reason)) }
            return
        }
        var attempts = [Int](repeating: 0, count: plan.toRun.count)
        let requests = plan.toRun.enumerated().map { (id: $0.offset, request: $0.element.curl) }
        var results = plan.results
        let toRun = plan.toRun, entries = plan.entries
        withoutActuallyEscaping(event) { event in session.run(requests, budget: budget, onBytes: { event($0) }) { id, outcome in
            let request = toRun[id].request
            switch outcome {
            case let .failure(failure):
                results[request] = .failure(FetchError(url: request.url, reason: failure.reason))
            case let .success(response):
                if [429, 503].contains(response.status) && attempts[id] < settings.maxRetries {
                    let delay = retryDelay(response, attempt: attempts[id])
                    attempts[id] += 1
                    return .retry(toRun[id].curl, after: delay)
                }
                results[request] = finish(request, response: response, cached: entries[request])
            }
            event(nil)
            return .done
        } }
        plan.results = results
    }

    private func retryDelay(_ response: CurlResponse, attempt: Int) -> Double {
        let asked = RetryAfter.seconds(response.headers["retry-after"]) ?? settings.retryDelay * Double(1 << min(attempt, 16))
        return min(asked, settings.maxRetryDelay)
    }

    /// The result of a response: the body (kept in the cache), the cached body on a 304, or an error.
    private func finish(_ request: FetchRequest, response: CurlResponse, cached: CacheEntry?) -> Result<FetchedResponse, FetchError> {
        let now = Date()
        let policy = CacheEntry.policy(response.headers)
        if response.status == 304, var cached {
            cached.storedAt = now.timeIntervalSince1970
            cached.maxAge = policy.maxAge
            cache?.store(cached)
            return .success(Self.response(request.url, from: cached))
        }
        guard (200..<300).contains(response.status) else {
            let reason = response.reason.isEmpty ? "HTTP \(response.status)" : "HTTP \(response.status) \(response.reason)"
            return .failure(FetchError(url: request.url, reason: reason))
        }
        let fetched = FetchedResponse(url: request.url, finalURL: response.finalURL,
                                      mediaType: Self.mediaType(response.headers["content-type"]), data: response.body, fromCache: false)
        if let cache, policy.store, response.status == 200 {
            cache.store(ResponseCache.entry(url: request.url, response: fetched, headers: response.headers, maxAge: policy.maxAge, now: now))
        }
        return .success(fetched)
    }

    private static func response(_ url: String, from entry: CacheEntry) -> FetchedResponse {
        FetchedResponse(url: url, finalURL: entry.finalURL, mediaType: entry.mediaType, data: entry.body, fromCache: true)
    }

    /// `text/html; charset=utf-8` → `text/html`.
    static func mediaType(_ contentType: String?) -> String? {
        guard let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased(),
              !type.isEmpty else { return nil }
        return type
    }
}

/// The work of one ``Fetcher/fetch(_:progress:)`` call.
private struct FetchPlan {
    /// Each distinct request once, in first-seen order.
    var distinct: [FetchRequest]
    var results: [FetchRequest: Result<FetchedResponse, FetchError>] = [:]
    /// Requests that need the network, with their cached entry to revalidate.
    var toRun: [(request: FetchRequest, curl: CurlRequest)] = []
    var entries: [FetchRequest: CacheEntry] = [:]

    init(requests: [FetchRequest]) {
        var seen = Set<FetchRequest>()
        distinct = requests.filter { seen.insert($0).inserted }
    }
}

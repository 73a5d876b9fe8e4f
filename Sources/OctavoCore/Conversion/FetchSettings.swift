/// How pages and their images are fetched from the web (`docs/fetch.md`). The defaults are the
/// CLI's; tests shorten the timeouts and retry delays.
public struct FetchSettings: Sendable, Hashable {
    /// Fetch the images of pages: `nil` means on for URL inputs and off for local files.
    public var resources: Bool?
    /// Seconds one request may take in all (connecting, waiting and receiving).
    public var timeout: Double = 30
    /// The largest page accepted, in bytes (after decoding gzip, deflate or brotli).
    public var maxPageBytes = 50 * 1024 * 1024
    /// The largest image accepted, in bytes.
    public var maxResourceBytes = 20 * 1024 * 1024
    /// The most bytes one run downloads in all; past it, further downloads fail.
    public var maxTotalBytes = 1024 * 1024 * 1024
    /// Retries of a request answered 429 or 503 (waiting as `Retry-After` says, else with backoff).
    public var maxRetries = 3
    /// The first backoff delay in seconds when the server gives no `Retry-After` (doubled each time).
    public var retryDelay: Double = 1
    /// The longest wait before a retry, in seconds, whatever `Retry-After` asks.
    public var maxRetryDelay: Double = 60
    /// A folder that keeps responses with their validators (`--cache`, `OCTAVO_CACHE`).
    public var cacheFolder: String?
    /// Use the cache only: a URL that is not in it fails.
    public var offline = false
    /// Let images found inside pages come from loopback, link-local and private addresses.
    public var allowPrivateNetwork = false

    public init() {}

    /// Whether images are fetched for a conversion whose inputs include `hasURLInputs` pages from the web.
    public func fetchesResources(hasURLInputs: Bool) -> Bool {
        resources ?? hasURLInputs
    }
}

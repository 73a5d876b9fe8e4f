import Foundation

/// A response kept in the cache: its body, where it came from and how to revalidate it.
struct CacheEntry: Codable, Sendable {
    var url: String
    var finalURL: String
    var mediaType: String?
    var etag: String?
    var lastModified: String?
    /// When the response was received or last revalidated (seconds since 1970).
    var storedAt: Double
    /// How long it stays fresh (`Cache-Control: max-age`); `nil`: revalidate every time.
    var maxAge: Double?
    /// The body's length and SHA-256: an entry whose body does not match is corrupt.
    var length: Int
    var digest: String
    var body = Data()

    private enum CodingKeys: String, CodingKey {
        case url, finalURL, mediaType, etag, lastModified, storedAt, maxAge, length, digest
    }

    /// Whether it may be used without asking the server.
    func isFresh(at now: Date) -> Bool {
        guard let maxAge else { return false }
        return now.timeIntervalSince1970 - storedAt < maxAge
    }

    /// The conditional request headers that revalidate it.
    var validators: [String] {
        (etag.map { ["If-None-Match: \($0)"] } ?? []) + (lastModified.map { ["If-Modified-Since: \($0)"] } ?? [])
    }

    /// Whether a response with these headers may be kept, and for how long it is fresh.
    static func policy(_ headers: [String: String]) -> (store: Bool, maxAge: Double?) {
        let directives = (headers["cache-control"] ?? "").lowercased().split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if directives.contains("no-store") { return (false, nil) }
        if directives.contains("no-cache") { return (true, nil) }
        for directive in directives where directive.hasPrefix("max-age=") {
            return (true, Double(directive.dropFirst("max-age=".count)))
        }
        return (true, nil)
    }
}

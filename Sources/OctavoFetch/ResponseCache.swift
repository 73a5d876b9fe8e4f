import Crypto
import Foundation
import OctavoCore

/// Responses kept on disk between runs (`--cache DIR`): one file per URL, named by the SHA-256
/// of the URL, holding a JSON header line (validators, freshness, the body's length and digest)
/// and the body. Files are written atomically; an entry that cannot be read or whose body does
/// not match its digest counts as missing, so it is fetched again and replaced.
struct ResponseCache: Sendable {
    let folder: String
    /// Writes a whole file so that no reader sees half of it (the umbrella's `AtomicFile`).
    let writeFile: FileWriter

    /// The entry for `url`, or `nil` when there is none or it is damaged.
    func load(_ url: String) -> CacheEntry? {
        guard let data = FileManager.default.contents(atPath: path(for: url)),
              let newline = data.firstIndex(of: UInt8(ascii: "\n")),
              var entry = try? JSONDecoder().decode(CacheEntry.self, from: data[data.startIndex..<newline]),
              entry.url == url else { return nil }
        let body = Data(data[data.index(after: newline)...])
        guard body.count == entry.length, Self.digest(body) == entry.digest else { return nil }
        entry.body = body
        return entry
    }

    /// Keeps `entry` (best effort: a cache that cannot be written only costs a download next time).
    func store(_ entry: CacheEntry) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(entry) else { return }
        data.append(UInt8(ascii: "\n"))
        data.append(entry.body)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? writeFile(data, path(for: entry.url))
    }

    /// A new entry for a response to `url`.
    static func entry(url: String, response: FetchedResponse, headers: [String: String], maxAge: Double?, now: Date) -> CacheEntry {
        CacheEntry(url: url, finalURL: response.finalURL, mediaType: response.mediaType, etag: headers["etag"],
                   lastModified: headers["last-modified"], storedAt: now.timeIntervalSince1970, maxAge: maxAge,
                   length: response.data.count, digest: digest(response.data), body: response.data)
    }

    func path(for url: String) -> String {
        (folder as NSString).appendingPathComponent(Self.digest(Data(url.utf8)) + ".http")
    }

    static func digest(_ data: Data) -> String {
        HexDigits.of(SHA256.hash(data: data))
    }
}

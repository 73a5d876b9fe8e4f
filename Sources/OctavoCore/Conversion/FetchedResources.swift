import Foundation
import Synchronization

/// Files fetched from the web for one conversion (the images of pages), by absolute URL. The
/// umbrella fills it before writing; writers that embed images look here for a remote `source`
/// and apply the same checks as to a local file. Not part of the model or its JSON.
public final class FetchedResources: Sendable {
    /// One fetched file: its bytes and the media type its server claimed (writers sniff the bytes).
    public struct Resource: Sendable, Hashable {
        public var data: Data
        public var mediaType: String?

        public init(data: Data, mediaType: String?) {
            self.data = data
            self.mediaType = mediaType
        }
    }

    private let byURL = Mutex<[String: Resource]>([:])

    public init() {}

    /// Stores `resource` as the content of `url`.
    public func store(_ resource: Resource, for url: String) {
        byURL.withLock { $0[Self.key(url)] = resource }
    }

    /// The fetched content of `url` (a protocol-relative `//host/…` URL counts as `https:`), if any.
    public func resource(for url: String) -> Resource? {
        byURL.withLock { $0[Self.key(url)] }
    }

    /// How many files are stored.
    public var count: Int { byURL.withLock { $0.count } }

    /// The absolute form of `url` that keys the store.
    public static func key(_ url: String) -> String {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.hasPrefix("//") ? "https:" + trimmed : trimmed
    }
}

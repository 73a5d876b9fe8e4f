import Foundation

/// One URL to fetch, and what it is for: a page the user named, or an image found inside a page.
public struct FetchRequest: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        /// A URL the user gave: fetched wherever it points, up to the page size limit.
        case page
        /// A URL found inside a page: public addresses only (unless allowed), up to the image size limit.
        case resource
    }

    public var url: String
    public var purpose: Purpose

    public init(url: String, purpose: Purpose) {
        self.url = url
        self.purpose = purpose
    }
}

/// A successful fetch.
public struct FetchedResponse: Sendable, Hashable {
    /// The URL as requested.
    public var url: String
    /// The URL after redirects: the base of the page's relative links.
    public var finalURL: String
    /// The media type from `Content-Type`, lowercase, without parameters (`text/html`).
    public var mediaType: String?
    public var data: Data
    /// Whether the bytes came from the cache (fresh, revalidated with a 304, or `--offline`).
    public var fromCache: Bool
}

/// Why a URL could not be had, naming it.
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    public var url: String
    public var reason: String

    public init(url: String, reason: String) {
        self.url = url
        self.reason = reason
    }

    public var description: String { "\(url): \(reason)" }
}

/// How far a ``Fetcher/fetch(_:progress:)`` call has got.
public struct FetchProgress: Sendable, Hashable {
    public var purpose: FetchRequest.Purpose
    /// Distinct URLs finished (fetched or failed) and asked for.
    public var done: Int
    public var total: Int
    /// Bytes received by this call so far.
    public var bytes: Int
}

/// Writes `data` to the file at `path`, replacing it whole.
public typealias FileWriter = @Sendable (_ data: Data, _ path: String) throws -> Void

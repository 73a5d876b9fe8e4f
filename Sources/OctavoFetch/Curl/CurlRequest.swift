import Foundation

/// One HTTP GET as the curl layer runs it: plain Swift values in, plain Swift values out.
struct CurlRequest: Sendable {
    var url: String
    /// Extra request header lines (`If-None-Match: "abc"`).
    var headers: [String] = []
    /// The most body bytes accepted (after content decoding).
    var maxBytes: Int
    /// Seconds the whole request may take.
    var timeout: Double
    /// Whether the connection may go to a loopback, link-local or private address.
    var allowPrivateNetwork: Bool
    var userAgent: String
}

/// A complete HTTP response (any status), after redirects and content decoding.
struct CurlResponse: Sendable {
    var status: Int
    /// The status line's reason phrase (`Not Found`), when the server sent one.
    var reason: String
    /// The URL of the last request, after redirects.
    var finalURL: String
    /// Header fields of the final response, names in lowercase (the last value of a repeated name).
    var headers: [String: String]
    var body: Data
}

/// Why a request got no response, in words for the user.
struct CurlFailure: Error, Sendable {
    var reason: String
}

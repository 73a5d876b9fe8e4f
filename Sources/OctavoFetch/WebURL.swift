import Foundation

/// The checks made on a URL before any connection: a scheme Octavo fetches, a host, and for the
/// images of pages (unless private addresses are allowed) no `localhost` name and no literal
/// private address. Names that resolve to private addresses are caught when connecting.
enum WebURL {
    /// Whether `text` is a URL input (`http://` or `https://`, any case).
    static func isWebURL(_ text: String) -> Bool {
        let lower = text.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Why `url` cannot be fetched, or `nil` when it may be.
    static func problem(with url: String, privateAllowed: Bool) -> String? {
        guard let parsed = URLComponents(string: url) else { return "malformed URL" }
        guard let scheme = parsed.scheme?.lowercased() else { return "malformed URL (no scheme)" }
        guard scheme == "http" || scheme == "https" else { return "unsupported URL scheme '\(scheme)' (only http and https)" }
        guard let host = parsed.host, !host.isEmpty else { return "malformed URL (no host)" }
        if privateAllowed { return nil }
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if name == "localhost" || name.hasSuffix(".localhost") {
            return "refused: \(host) is this machine (--allow-private-network allows it)"
        }
        if let address = IPAddress(literal: host), !address.isPublic {
            return "refused: \(address) is a loopback, link-local or private address (--allow-private-network allows it)"
        }
        return nil
    }
}

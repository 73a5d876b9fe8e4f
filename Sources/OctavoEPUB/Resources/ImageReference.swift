import Foundation

/// What an image's `source` names, before anything is read.
enum ImageReference: Equatable {
    /// A `data:` URI, already decoded.
    case inline(Data)
    /// An `http(s):` or protocol-relative URL: embedded only when the umbrella fetched it.
    case remote(String)
    /// A local path (from a relative or absolute path or a `file:` URL), percent-decoded.
    case local(String)
    /// Something that cannot be embedded, with the reason.
    case unsupported(String)

    init(_ source: String) {
        let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("data:") {
            self = Self.decodeDataURI(trimmed).map { .inline($0) } ?? .unsupported("malformed data: URI")
        } else if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//") {
            self = .remote(trimmed)
        } else if lower.hasPrefix("file:") {
            guard let url = URL(string: trimmed), url.isFileURL else {
                self = .unsupported("malformed file: URL")
                return
            }
            self = .local(url.path)
        } else if let colon = trimmed.firstIndex(of: ":"),
                  trimmed[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "." || $0 == "-" }),
                  trimmed.distance(from: trimmed.startIndex, to: colon) > 1 {
            self = .unsupported("unsupported URL scheme '\(trimmed[..<colon])'")
        } else if trimmed.isEmpty {
            self = .unsupported("empty image source")
        } else {
            var path = trimmed
            if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
            self = .local(path.removingPercentEncoding ?? path)
        }
    }

    /// Whether `text` is an `http:` or `https:` URL (a document's source when it came from the web).
    static func isWebURL(_ text: String) -> Bool {
        let lower = text.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// The bytes of `data:[<media type>][;base64],<data>`.
    private static func decodeDataURI(_ uri: String) -> Data? {
        guard let comma = uri.firstIndex(of: ",") else { return nil }
        let header = uri[uri.index(uri.startIndex, offsetBy: 5)..<comma].lowercased()
        let payload = String(uri[uri.index(after: comma)...])
        if header.hasSuffix(";base64") {
            let compact = payload.removingPercentEncoding?.filter { !$0.isWhitespace } ?? ""
            var padded = compact
            while padded.count % 4 != 0 { padded += "=" }
            return Data(base64Encoded: padded)
        }
        return payload.removingPercentEncoding.map { Data($0.utf8) }
    }
}

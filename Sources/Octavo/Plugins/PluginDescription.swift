import Foundation

/// What a format plug-in says about itself when run with `--describe`: a small JSON object,
/// versioned by `protocolVersion` (docs/extending.md).
///
///     {"protocolVersion": 1, "summary": "Emacs Org-mode outlines",
///      "extensions": ["org"], "mimeTypes": ["text/org"]}
///
/// Keys this version does not know are ignored, so a plug-in may say more for later versions.
public struct PluginDescription: Hashable, Sendable {
    /// The version of the plug-in protocol (the `--describe` object and how plug-ins are run)
    /// that this build speaks.
    public static let protocolVersion = 1

    /// One line for `octavo formats`.
    public var summary: String
    /// File extensions without the dot, lowercase.
    public var extensions: [String]
    /// MIME types, lowercase (`text/org`).
    public var mediaTypes: [String]
    /// Writers: the output is binary (it then needs `-o`, never the terminal).
    public var isBinary: Bool

    private struct Declared: Decodable {
        var protocolVersion: Int?
        var summary: String?
        var extensions: [String]?
        var mimeTypes: [String]?
        var binary: Bool?
    }

    /// What is wrong with a description, in a few words.
    struct Problem: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// Reads and checks what a plug-in printed.
    static func parse(_ data: Data) throws(Problem) -> PluginDescription {
        let declared: Declared
        do {
            declared = try JSONDecoder().decode(Declared.self, from: data)
        } catch let DecodingError.typeMismatch(type, context) {
            let key = context.codingPath.first?.stringValue ?? "?"
            let wanted = type == Bool.self ? "true or false" : type == Int.self ? "a whole number"
                : type == String.self ? "a string" : "a list of strings"
            throw Problem("'\(key)' is not \(wanted)")
        } catch {
            throw Problem("not a JSON object")
        }
        guard let version = declared.protocolVersion else { throw Problem("no protocolVersion") }
        guard version == protocolVersion else {
            throw Problem("protocolVersion \(version), but this octavo speaks \(protocolVersion)")
        }
        guard let summary = declared.summary?.trimmingCharacters(in: .whitespaces), !summary.isEmpty,
              summary.count <= 200, !summary.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw Problem("'summary' must be one line of text (at most 200 characters)")
        }
        let extensions = declared.extensions ?? []
        if let bad = extensions.first(where: { !Self.isExtension($0) }) {
            throw Problem("'\(bad)' is not a file extension (lowercase letters and digits, without the dot)")
        }
        let mediaTypes = declared.mimeTypes ?? []
        if let bad = mediaTypes.first(where: { !Self.isMediaType($0) }) {
            throw Problem("'\(bad)' is not a MIME type (type/subtype, lowercase)")
        }
        return PluginDescription(summary: summary, extensions: extensions, mediaTypes: mediaTypes,
                                 isBinary: declared.binary ?? false)
    }

    private static func isExtension(_ text: String) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789+_-")
        return (1...16).contains(text.count) && text.allSatisfy(allowed.contains)
            && text.first.map { $0.isLetter || $0.isNumber } == true
    }

    private static func isMediaType(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789!#$&^_.+-")
        return text.count <= 127 && parts.count == 2
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(allowed.contains) }
    }
}

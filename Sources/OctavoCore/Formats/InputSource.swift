import Foundation

/// The bytes of one input and where they came from.
public struct InputSource: Sendable {
    public var data: Data
    /// The file path as the user gave it; `nil` for standard input and for a page from the web.
    public var path: String?
    /// For a page from the web: its final URL (after redirects), the base of its relative links.
    public var url: String?
    /// For a page from the web: the media type its server gave (`text/html`), without parameters.
    public var mediaType: String?

    public init(data: Data, path: String? = nil, url: String? = nil, mediaType: String? = nil) {
        self.data = data
        self.path = path
        self.url = url
        self.mediaType = mediaType
    }

    /// Reads a file (or standard input for `-`), naming the file in any error.
    public static func load(_ path: String) throws -> InputSource {
        if path == "-" {
            return InputSource(data: FileHandle.standardInput.readDataToEndOfFile(), path: nil)
        }
        do {
            return InputSource(data: try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        } catch {
            throw OctavoError.unreadable(file: path, reason: Self.reason(for: path))
        }
    }

    /// How diagnostics and errors name this input.
    public var displayName: String { path ?? url ?? "<stdin>" }

    /// The extension of the path (or of the URL's path), lowercase, without the dot.
    public var fileExtension: String? {
        let ext: String
        if let path {
            ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        } else if let url, let parsed = URL(string: url) {
            ext = parsed.pathExtension.lowercased()
        } else {
            return nil
        }
        return ext.isEmpty ? nil : ext
    }

    private static func reason(for path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "is a directory" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        return "cannot be read"
    }
}

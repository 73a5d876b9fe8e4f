import Foundation

/// The bytes of one input and where they came from.
public struct InputSource: Sendable {
    public var data: Data
    /// The file path as the user gave it; `nil` for standard input.
    public var path: String?

    public init(data: Data, path: String? = nil) {
        self.data = data
        self.path = path
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
    public var displayName: String { path ?? "<stdin>" }

    /// The extension of the path, lowercase, without the dot.
    public var fileExtension: String? {
        guard let path else { return nil }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
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

import Foundation
import Testing

/// Golden files: compare output with a file beside the test, or rewrite the file when
/// `OCTAVO_RECORD=1` is set (the run then fails, so a recording is never mistaken for a pass).
public enum Golden {
    /// Whether this run records goldens instead of checking them.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["OCTAVO_RECORD"] == "1" }

    /// Checks `actual` against the golden file at `path`.
    public static func check(_ actual: String, against path: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        if isRecording {
            try? FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: path, atomically: true, encoding: .utf8)
            Issue.record("recorded \(path.lastPathComponent); run again without OCTAVO_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: path, encoding: .utf8) else {
            Issue.record("missing golden \(path.path); run with OCTAVO_RECORD=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("output differs from \(path.lastPathComponent):\n\(Self.firstDifference(expected, actual))",
                         sourceLocation: sourceLocation)
        }
    }

    /// The first differing line, for a readable failure.
    public static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : "<end>", y = i < b.count ? b[i] : "<end>"
            if x != y { return "line \(i + 1):\n  expected: \(x)\n  actual:   \(y)" }
        }
        return "(no line differs; check line endings)"
    }
}

/// Paths of the repository, found from the test file's own location.
public enum Repository {
    /// The package root.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// `../shared` beside the repository (the real test material), if present.
    public static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The fixtures folder of a test target (`Tests/<target>/Fixtures`).
    public static func fixtures(_ target: String) -> URL {
        root.appendingPathComponent("Tests/\(target)/Fixtures")
    }

    /// The files in `folder` with the given extension, sorted by name.
    public static func files(in folder: URL, withExtension ext: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// A fresh temporary folder, removed by the caller when done.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("octavo-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

import Foundation
import OctavoTestSupport
import Testing

/// Hostile input against the built `octavo` binary: malformed encodings, enormous and deeply
/// nested documents, patterns that make naive parsers quadratic, entity bombs, paths that try to
/// leave the resource folders, script URLs and outputs that cannot be written.
///
/// Every case expects a clear error (exit 1 or 2, a message naming the problem) or a safe result,
/// and never a crash, a hang or a partial output file. Nothing is timed here: inputs are large
/// enough that a quadratic algorithm would visibly stall the suite (speed belongs to `make bench`).
/// The cases run one at a time, since several of them use hundreds of megabytes.
///
/// A case for a format not yet registered is skipped (``Formats``); once every format is on
/// `main`, none is.
@Suite(.serialized) struct HostileInputTests {}

/// The readers and writers of the built binary, from `octavo formats`.
enum Formats {
    static let listing: (readers: Set<String>, writers: Set<String>) = {
        guard let result = try? CommandRunner.octavo(["formats"]) else { return ([], []) }
        var readers = Set<String>(), writers = Set<String>(), section = 0
        for line in result.stdoutText.split(separator: "\n") {
            if line.hasPrefix("Readers") { section = 1; continue }
            if line.hasPrefix("Writers") { section = 2; continue }
            guard let name = line.split(separator: " ").first.map(String.init) else { continue }
            if section == 1 { readers.insert(name) } else if section == 2 { writers.insert(name) }
        }
        return (readers, writers)
    }()

    static func hasReader(_ name: String) -> Bool { listing.readers.contains(name) }
    static func hasWriter(_ name: String) -> Bool { listing.writers.contains(name) }

    /// The text readers present, each with a file extension that selects it.
    static var textReaders: [(name: String, ext: String)] {
        [("markdown", "md"), ("html", "html"), ("transcript", "txt")].filter { hasReader($0.name) }
    }
}

/// A temporary folder for one case, removed when the case ends.
final class Workspace {
    let url: URL

    init() throws { url = try Repository.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `data` to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Data(text.utf8)) }

    /// The names in the folder (or a subfolder), sorted, hidden files included.
    func contents(_ subfolder: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: subfolder.isEmpty ? url.path : path(subfolder)).sorted()
    }
}

extension CommandResult {
    /// Exit 0, or 1 with a message on stderr: what a hostile input may produce.
    /// A signal (a crash) or any other status is a failure.
    var isCleanOutcome: Bool {
        status == 0 || (status == 1 && stderr.hasPrefix("octavo: ") && !stderr.contains("Fatal error"))
    }

    /// Whether stdout is valid UTF-8.
    var stdoutIsUTF8: Bool { String(validating: stdout, as: UTF8.self) != nil }

    /// A short account for failure messages.
    var summary: String { "exit \(status), stderr: \(stderr.prefix(600))" }
}

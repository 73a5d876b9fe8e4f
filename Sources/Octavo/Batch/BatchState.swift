import Foundation

/// What `--changed-only` remembers between runs: for each output, the fingerprint of the job
/// that made it (inputs, formats, filters and every option). Kept as
/// `.octavo-batch-state.json` in the output folder.
///
/// A job is up to date when its output exists, is at least as new as every input (and the
/// stylesheet and cover), and was made by a job with the same fingerprint.
public struct BatchState: Sendable {
    public static let fileName = ".octavo-batch-state.json"

    public let folder: String
    /// Output path → job fingerprint.
    public private(set) var fingerprints: [String: String]

    public init(folder: String, fingerprints: [String: String] = [:]) {
        self.folder = folder
        self.fingerprints = fingerprints
    }

    /// The state saved in `folder`, or an empty one.
    public static func load(_ folder: String) -> BatchState {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(fileName)
        guard let data = try? Data(contentsOf: path),
              let saved = try? JSONDecoder().decode(Saved.self, from: data), saved.version == 1 else {
            return BatchState(folder: folder)
        }
        return BatchState(folder: folder, fingerprints: saved.outputs)
    }

    /// Whether `job`'s output can be kept as it is.
    public func isUpToDate(_ job: BatchJob) -> Bool {
        guard fingerprints[job.output] == Self.fingerprint(of: job),
              let made = Self.modificationDate(job.output) else { return false }
        return job.dependencies.allSatisfy { dependency in
            guard let changed = Self.modificationDate(dependency) else { return false }
            return changed <= made
        }
    }

    /// Remembers converted jobs, forgets failed ones.
    public mutating func record(_ results: [BatchResult]) {
        for result in results {
            switch result.status {
            case .converted: fingerprints[result.job.output] = Self.fingerprint(of: result.job)
            case .failed: fingerprints[result.job.output] = nil
            case .unchanged, .cancelled: break
            }
        }
    }

    /// Writes the state file (atomically).
    public func save(registry: TemporaryFileRegistry? = nil) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(Saved(version: 1, outputs: fingerprints))
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try AtomicFile.write(data, to: URL(fileURLWithPath: folder).appendingPathComponent(Self.fileName).path,
                             registry: registry)
    }

    /// A stable digest of everything that decides a job's output besides the input bytes.
    public static func fingerprint(of job: BatchJob) -> String {
        let parts = ["octavo-batch-1", job.inputs.joined(separator: "\u{1F}"), job.from ?? "", job.to,
                     job.filters.joined(separator: "\u{1F}"), CanonicalDescription.of(job.options)]
        return StableHash.hex(parts.joined(separator: "\u{1E}"))
    }

    private static func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    private struct Saved: Codable {
        var version: Int
        var outputs: [String: String]
    }
}

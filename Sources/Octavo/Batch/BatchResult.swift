/// What became of one job of a batch.
public struct BatchResult: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, Codable {
        /// The output was written.
        case converted
        /// The conversion failed; nothing was written.
        case failed
        /// `--changed-only`: the output is newer than its inputs and options.
        case unchanged
        /// Not attempted, because `--fail-fast` stopped the batch or it was interrupted.
        case cancelled
    }

    public var job: BatchJob
    public var status: Status
    /// Wall-clock time of the conversion, in seconds.
    public var duration: Double
    /// The diagnostics the conversion reported.
    public var diagnostics: [Diagnostic]
    /// Why it failed.
    public var error: OctavoError?

    public init(job: BatchJob, status: Status, duration: Double = 0, diagnostics: [Diagnostic] = [], error: OctavoError? = nil) {
        self.job = job
        self.status = status
        self.duration = duration
        self.diagnostics = diagnostics
        self.error = error
    }

    /// The file a failure is best attributed to, and the line if known (for annotations).
    public var location: (file: String, line: Int?) {
        if case let .invalidInput(file?, line, _) = error { return (file, line) }
        if let first = diagnostics.first(where: { $0.severity >= .warning }), let file = first.file {
            return (file, first.line)
        }
        return (job.key, nil)
    }
}

/// The outcome of a whole batch: one result per job, in job order.
public struct BatchSummary: Hashable, Sendable {
    public var results: [BatchResult]
    /// Wall-clock time of the whole batch, in seconds.
    public var duration: Double

    public init(results: [BatchResult], duration: Double) {
        self.results = results
        self.duration = duration
    }

    public func count(_ status: BatchResult.Status) -> Int { results.count { $0.status == status } }

    /// The failed jobs.
    public var failures: [BatchResult] { results.filter { $0.status == .failed } }

    /// Whether every job converted (or was unchanged).
    public var succeeded: Bool { results.allSatisfy { $0.status == .converted || $0.status == .unchanged } }
}

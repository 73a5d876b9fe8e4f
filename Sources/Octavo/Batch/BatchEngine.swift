import Foundation
import Synchronization

/// Runs many conversions in parallel with a bounded number in flight, through ``Converter``.
///
///     let engine = BatchEngine()
///     let summary = await engine.run(jobs, settings: BatchSettings(jobs: 4)) { event in … }
///     let failed = summary.failures
///
/// Jobs start in order, at most ``BatchSettings/jobs`` at once, each on a conversion thread of
/// its own (``ConversionThreads``), so memory stays bounded. A job reads its inputs one after
/// the other. Every output is written atomically; a failed or cancelled job writes nothing.
public struct BatchEngine: Sendable {
    public var registry: FormatRegistry
    /// In-process passes run on every document before the job's external filters.
    public var transforms: [any DocumentTransform]

    public init(registry: FormatRegistry = .standard, transforms: [any DocumentTransform] = []) {
        self.registry = registry
        self.transforms = transforms
    }

    /// Converts `jobs`, calling `progress` (from one thread at a time) as jobs start and finish.
    public func run(_ jobs: [BatchJob], settings: BatchSettings = .init(),
                    progress: @escaping @Sendable (BatchEvent) -> Void = { _ in }) async -> BatchSummary {
        let clock = ContinuousClock(), start = clock.now
        let state = settings.changedOnly ? settings.stateFolder.map(BatchState.load) : nil
        let stop = StopSignal()
        // Read once: building the environment dictionary for each small job was a measurable share.
        let environment = ProcessInfo.processInfo.environment
        let folders = OutputFolders()
        // Progress is reported while this is locked, so events come one at a time, in the order they happened.
        let completed = Mutex(0)
        let finished = await ConversionThreads.map(jobs.count, width: settings.jobs) { index in
            let job = jobs[index]
            guard !stop.isRaised, !settings.temporaryFiles.isClosed else { return BatchResult(job: job, status: .cancelled) }
            completed.withLock { _ in progress(.started(job, index: index, total: jobs.count)) }
            let result = self.convert(job, settings: settings, state: state, stop: stop, environment: environment,
                                      folders: folders)
            // Raised before the result is reported, so that no job starts after a failure is seen.
            if result.status == .failed && settings.failFast { stop.raise() }
            completed.withLock { count in
                count += 1
                progress(.finished(result, index: index, completed: count, total: jobs.count))
            }
            return result
        }
        if settings.changedOnly, let folder = settings.stateFolder {
            var updated = state ?? BatchState(folder: folder)
            updated.record(finished)
            try? updated.save(registry: settings.temporaryFiles)
        }
        let elapsed = start.duration(to: clock.now)
        return BatchSummary(results: finished, duration: Self.seconds(elapsed))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// How a batch runs.
public struct BatchSettings: Sendable {
    /// Conversions in flight at once (default: the number of cores).
    public var jobs: Int
    /// Stop starting jobs after the first failure.
    public var failFast: Bool
    /// Skip jobs whose output is newer than their inputs and was made with the same options.
    public var changedOnly: Bool
    /// Where the incremental state (`.octavo-batch-state.json`) lives: the output folder.
    public var stateFolder: String?
    /// In-flight temporary files, for an interrupt handler to remove.
    public var temporaryFiles: TemporaryFileRegistry
    /// Flush each output to the disk before renaming it into place (see ``AtomicFile``). Off by
    /// default: outputs are still never seen half-written, and a batch can be run again.
    public var durableWrites = false

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, failFast: Bool = false,
                changedOnly: Bool = false, stateFolder: String? = nil,
                temporaryFiles: TemporaryFileRegistry = TemporaryFileRegistry()) {
        self.jobs = jobs
        self.failFast = failFast
        self.changedOnly = changedOnly
        self.stateFolder = stateFolder
        self.temporaryFiles = temporaryFiles
    }
}

/// Progress of a batch, for a progress bar or a log.
public enum BatchEvent: Sendable {
    case started(BatchJob, index: Int, total: Int)
    case finished(BatchResult, index: Int, completed: Int, total: Int)
}

/// Raised once to stop a batch (`--fail-fast`); jobs check it before writing.
final class StopSignal: Sendable {
    private let raised = Atomic(false)
    func raise() { raised.store(true, ordering: .relaxed) }
    var isRaised: Bool { raised.load(ordering: .relaxed) }
}

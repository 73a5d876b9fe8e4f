import Foundation
import Synchronization

/// Runs many conversions in parallel with a bounded number in flight, through ``Converter``.
///
///     let engine = BatchEngine()
///     let summary = await engine.run(jobs, settings: BatchSettings(jobs: 4)) { event in … }
///     let failed = summary.failures
///
/// Each job gets its own ``ConversionContext`` and runs on its own large-stack thread (deep
/// documents recurse); at most ``BatchSettings/jobs`` run at once, so memory stays bounded.
/// Every output is written atomically; a failed or cancelled job writes nothing.
public struct BatchEngine: Sendable {
    public var registry: FormatRegistry
    /// In-process passes run on every document before the job's external filters.
    public var transforms: [any DocumentTransform]

    public init(registry: FormatRegistry = .standard, transforms: [any DocumentTransform] = []) {
        self.registry = registry
        self.transforms = transforms
    }

    /// Converts `jobs`, calling `progress` (from one task at a time) as jobs start and finish.
    public func run(_ jobs: [BatchJob], settings: BatchSettings = .init(),
                    progress: @escaping @Sendable (BatchEvent) -> Void = { _ in }) async -> BatchSummary {
        let clock = ContinuousClock(), start = clock.now
        let state = settings.changedOnly ? settings.stateFolder.map(BatchState.load) : nil
        let stop = StopSignal()
        var results = [BatchResult?](repeating: nil, count: jobs.count)
        await withTaskGroup(of: (Int, BatchResult).self) { group in
            var next = 0, completed = 0
            func add(_ index: Int, to group: inout TaskGroup<(Int, BatchResult)>) {
                let job = jobs[index]
                progress(.started(job, index: index, total: jobs.count))
                group.addTask {
                    let result = await LargeStack.run {
                        self.convert(job, settings: settings, state: state, stop: stop)
                    }
                    return (index, result)
                }
            }
            while next < jobs.count && next < max(1, settings.jobs) {
                add(next, to: &group); next += 1
            }
            for await (index, result) in group {
                results[index] = result
                completed += 1
                progress(.finished(result, index: index, completed: completed, total: jobs.count))
                if result.status == .failed && settings.failFast { stop.raise() }
                if !stop.isRaised && !settings.temporaryFiles.isClosed && next < jobs.count {
                    add(next, to: &group); next += 1
                }
            }
        }
        let finished = zip(jobs, results).map { job, result in result ?? BatchResult(job: job, status: .cancelled) }
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

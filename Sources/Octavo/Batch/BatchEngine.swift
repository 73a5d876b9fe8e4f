import Foundation
import Synchronization

/// Runs many conversions in parallel with a bounded number in flight, through ``Converter``.
///
///     let engine = BatchEngine()
///     let summary = await engine.run(jobs, settings: BatchSettings(jobs: 4)) { event in … }
///     let failed = summary.failures
///
/// ``BatchSettings/jobs`` worker threads, each with a large stack (deep documents recurse), take
/// the jobs in order, one at a time, so memory stays bounded and no job waits for a thread to be
/// made. Every output is written atomically; a failed or cancelled job writes nothing.
public struct BatchEngine: Sendable {
    public var registry: FormatRegistry
    /// In-process passes run on every document before the job's external filters.
    public var transforms: [any DocumentTransform]

    public init(registry: FormatRegistry = .standard, transforms: [any DocumentTransform] = []) {
        self.registry = registry
        self.transforms = transforms
    }

    /// Converts `jobs`, calling `progress` (from one thread at a time) as jobs start and finish.
    /// The work runs on threads of its own (see ``runBlocking(_:settings:progress:)``).
    public func run(_ jobs: [BatchJob], settings: BatchSettings = .init(),
                    progress: @escaping @Sendable (BatchEvent) -> Void = { _ in }) async -> BatchSummary {
        await withCheckedContinuation { continuation in
            // The workers block; the caller's task waits without holding a concurrency thread.
            // This thread is one of the workers, so it gets the workers' large stack.
            let thread = Thread { continuation.resume(returning: self.runBlocking(jobs, settings: settings, progress: progress)) }
            thread.stackSize = largeStackSize
            thread.name = "octavo-batch"
            thread.start()
        }
    }

    /// ``run(_:settings:progress:)`` from a thread that may block until the batch is done: the
    /// calling thread converts jobs too, beside `settings.jobs - 1` threads it starts, so it needs
    /// a large stack as they have (``withLargeStack(stackSize:_:)``; the `octavo` command runs
    /// there), since readers and writers recurse once per nesting level.
    public func runBlocking(_ jobs: [BatchJob], settings: BatchSettings = .init(),
                            progress: @escaping @Sendable (BatchEvent) -> Void = { _ in }) -> BatchSummary {
        let clock = ContinuousClock(), start = clock.now
        let state = settings.changedOnly ? settings.stateFolder.map(BatchState.load) : nil
        let stop = StopSignal()
        // Read once: building the environment dictionary for each small job was a measurable share.
        let environment = ProcessInfo.processInfo.environment
        let queue = Mutex(Queue())
        let folders = OutputFolders()
        let workers = min(max(1, settings.jobs), jobs.count)
        _ = ParallelWork.map(workers, width: workers) { _ in
            while let index = queue.withLock({ $0.claim(jobs: jobs, stop: stop, settings: settings, progress: progress) }) {
                let result = self.convert(jobs[index], settings: settings, state: state, stop: stop, environment: environment,
                                          folders: folders)
                // Raised before the result is in, so that no job is taken after a failure is seen.
                if result.status == .failed && settings.failFast { stop.raise() }
                queue.withLock { $0.finish(result, index: index, total: jobs.count, progress: progress) }
            }
        }
        let results = queue.withLock { $0.results }
        let finished = jobs.indices.map { results[$0] ?? BatchResult(job: jobs[$0], status: .cancelled) }
        if settings.changedOnly, let folder = settings.stateFolder {
            var updated = state ?? BatchState(folder: folder)
            updated.record(finished)
            try? updated.save(registry: settings.temporaryFiles)
        }
        let elapsed = start.duration(to: clock.now)
        return BatchSummary(results: finished, duration: Self.seconds(elapsed))
    }

    /// The jobs not taken yet and the results so far; progress is reported while it is locked,
    /// so events come one at a time and in the order they happened.
    private struct Queue: Sendable {
        var next = 0
        var completed = 0
        var results: [Int: BatchResult] = [:]

        mutating func claim(jobs: [BatchJob], stop: StopSignal, settings: BatchSettings,
                            progress: @Sendable (BatchEvent) -> Void) -> Int? {
            guard next < jobs.count, !stop.isRaised, !settings.temporaryFiles.isClosed else { return nil }
            defer { next += 1 }
            progress(.started(jobs[next], index: next, total: jobs.count))
            return next
        }

        mutating func finish(_ result: BatchResult, index: Int, total: Int, progress: @Sendable (BatchEvent) -> Void) {
            results[index] = result
            completed += 1
            progress(.finished(result, index: index, completed: completed, total: total))
        }
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

    public init(jobs: Int = ParallelWork.cores, failFast: Bool = false,
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

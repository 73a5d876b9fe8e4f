import Foundation
import Synchronization

/// The stack size of Octavo's worker threads: 512 MB of address space, of which only the pages
/// a conversion touches are ever backed by memory. Readers and the model recurse once per
/// nesting level, and a process's secondary threads have far smaller stacks by default.
public let largeStackSize = 512 << 20

/// Runs independent pieces of synchronous work on the calling thread and a few more with large
/// stacks (the caller's must be as large when the work recurses deeply: `withLargeStack` in Octavo).
///
/// Reading the inputs of a compilation is such work (each input is read on its own), and so are
/// the passes of one large input that look at separate parts of it.
public enum ParallelWork {
    /// `work(i)` for every `i` in `0..<count`, in index order, computed on up to `width` threads:
    /// the calling thread and `width - 1` new ones.
    ///
    /// The caller works too, rather than only waiting: a thread started while every core is
    /// busy can wait milliseconds for the scheduler to move it to the core the waiting caller
    /// leaves idle, and that is most of a short `map`'s gain on two cores.
    ///
    /// `work`, and so whatever it captured, is released before this returns: a caller that
    /// mutates an array the work read gets no copy-on-write of it from a thread still ending.
    public static func map<T: Sendable>(_ count: Int, width: Int, _ work: @escaping @Sendable (Int) -> T) -> [T] {
        let threads = min(width, count)
        guard threads > 1 else { return (0..<count).map(work) }
        let job = Job(work, count: count)
        let group = DispatchGroup()
        for _ in 1..<threads {
            group.enter()
            let thread = Thread {
                job.drain()
                group.leave()
            }
            thread.stackSize = largeStackSize
            thread.start()
        }
        job.drain()
        group.wait()
        return job.finish()
    }

    /// The shared state of one ``map(_:width:_:)``: the work, the next index and the results.
    private final class Job<T: Sendable>: @unchecked Sendable {
        private let state: Mutex<(work: (@Sendable (Int) -> T)?, next: Int, results: [T?])>
        private let count: Int

        init(_ work: @escaping @Sendable (Int) -> T, count: Int) {
            self.count = count
            state = Mutex((work, 0, Array(repeating: nil, count: count)))
        }

        /// Computes results until every index is taken; holds the work only while it runs.
        func drain() {
            while let (index, work) = take() {
                let result = work(index)
                state.withLock { $0.results[index] = result }
            }
        }

        private func take() -> (Int, @Sendable (Int) -> T)? {
            state.withLock { state in
                guard state.next < count, let work = state.work else { return nil }
                defer { state.next += 1 }
                return (state.next, work)
            }
        }

        /// The results, once every thread has drained; the work is released here, and the
        /// results are moved out, so the caller holds the only reference to each.
        func finish() -> [T] {
            state.withLock { state in
                state.work = nil
                var results: [T?] = []
                swap(&results, &state.results)
                return results.map { $0! }
            }
        }
    }

    /// Runs per thread in ``runs(_:width:_:)``: parts of a text cost more in some places than in
    /// others, so threads take small runs as they finish rather than one equal share each.
    public static let runsPerThread = 4

    /// `work` over `0..<count` cut into contiguous ranges, in order, on up to `width` threads:
    /// one range when `width` is 1, else ``runsPerThread`` per thread.
    public static func runs<T: Sendable>(_ count: Int, width: Int, _ work: @escaping @Sendable (Range<Int>) -> T) -> [T] {
        let runs = width > 1 ? min(width * runsPerThread, max(count, 1)) : 1
        let size = (count + runs - 1) / runs
        return map(runs, width: width) { run in work(min(run * size, count)..<min((run + 1) * size, count)) }
    }

    /// `[make(0), make(1), …]` of `count` elements, made in ``runs(_:width:_:)`` that each
    /// put theirs in place in the one array: no joining of the runs' results afterwards.
    @inlinable
    public static func array<T: Sendable>(_ count: Int, width: Int, _ make: @escaping @Sendable (Int) -> T) -> [T] {
        guard width > 1 else { return (0..<count).map(make) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let target = buffer
            _ = runs(count, width: width) { range in
                for index in range { (target.baseAddress! + index).initialize(to: make(index)) }
            }
            initialized = count
        }
    }

    /// The parts' elements in order, in one array; the parts are left empty. Elements are moved
    /// out of the parts, not copied, so joining runs of values that hold strings costs no retain
    /// or release per element (as long as nothing else shares a part's storage).
    @inlinable
    public static func joined<T>(_ parts: inout [[T]]) -> [T] {
        let total = parts.reduce(0) { $0 + $1.count }
        return [T](unsafeUninitializedCapacity: total) { buffer, initialized in
            var end = total
            for k in parts.indices.reversed() {
                while let element = parts[k].popLast() {
                    end -= 1
                    (buffer.baseAddress! + end).initialize(to: consume element)
                }
            }
            initialized = total
        }
    }

    /// Frees `value`, on a thread of its own when `inBackground`: a large structure of many
    /// small allocations (the lines of a long input) takes a while to free, and the caller need
    /// not wait for that. The caller must hand over the last reference.
    public static func release<T>(_ value: consuming T, inBackground: Bool) {
        guard inBackground else { return }
        let box = ReleaseBox(value)
        Thread { box.value = nil }.start()
    }

    private final class ReleaseBox<T>: @unchecked Sendable {
        var value: T?
        init(_ value: consuming T) { self.value = value }
    }

    /// How many threads a pass uses: `forced` when given (tests set it), else every core for
    /// `count` items of work when that is at least `threshold`, else one.
    public static func width(forced: Int?, count: Int, threshold: Int) -> Int {
        max(1, forced ?? (count >= threshold ? cores : 1))
    }

    /// The cores there are to spread work over, read once (Foundation reads two cgroup files
    /// each time it is asked, and every conversion of a batch asked).
    public static let cores = ProcessInfo.processInfo.activeProcessorCount
}

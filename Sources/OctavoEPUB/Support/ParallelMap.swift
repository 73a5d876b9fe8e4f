import Foundation

/// Runs independent jobs on all cores and collects their results in order.
enum ParallelMap {
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let results = Results<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, body(index))
        }
        return results.values()
    }

    /// Each slot is written by exactly one job, and read only after all jobs finished.
    private final class Results<T>: @unchecked Sendable {
        private var slots: [T?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: T) { lock.lock(); slots[index] = value; lock.unlock() }
        func values() -> [T] { slots.map { $0! } }
    }
}

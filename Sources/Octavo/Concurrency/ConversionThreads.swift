import Foundation
import Synchronization

/// The one place where Octavo works in parallel: over the inputs of a compilation
/// (``Converter/read(_:from:context:)-([InputSource],_,_)``) and over the jobs of a batch
/// (``BatchEngine``). Readers, transforms and writers work on one document on one thread.
///
/// At most `width` conversion threads run at once, each taking the next unit of work in index
/// order until none is left, then ending (no pool outlives the call). The thread is there for
/// its stack: the model's `Codable` and `Hashable` conformances and the writers recurse once per
/// nesting level, and readers allow up to `Limits.maxDepth` levels (10,000 from the CLI).
/// Measured in a debug build, the text writer needs about 2.7 KB of stack per level: 3,000 levels
/// fit the 8 MB of a main thread and 5,000 do not, and a task's own thread may have less. The
/// 512 MB stack is address space; only the pages a conversion touches are ever backed by memory.
public enum ConversionThreads {
    /// The stack size of a conversion thread.
    public static let stackSize = 512 << 20

    /// `work(i)` for every `i` in `0..<count`, started in index order, with at most `width`
    /// running at once; the results in index order.
    ///
    /// A thread takes unit after unit rather than one thread being made per unit: with 200 small
    /// batch jobs, mapping and unmapping a stack for each cost `--jobs 2` a fifth of its gain.
    public static func map<T: Sendable>(_ count: Int, width: Int,
                                        _ work: @escaping @Sendable (Int) -> T) async -> [T] {
        let next = NextIndex()
        let lanes = min(max(width, 1), count)
        let done = await withTaskGroup(of: [(Int, T)].self) { group in
            for _ in 0..<lanes {
                group.addTask {
                    await run {
                        var made: [(Int, T)] = []
                        while true {
                            let index = next.take()
                            guard index < count else { return made }
                            made.append((index, work(index)))
                        }
                    }
                }
            }
            var all: [(Int, T)] = []
            for await made in group { all += made }
            return all
        }
        var results = [T?](repeating: nil, count: count)
        for (index, result) in done { results[index] = result }
        return results.map { $0! }
    }

    /// Runs `work` on a new conversion thread; the calling task waits without blocking a thread.
    public static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.stackSize = stackSize
            thread.start()
        }
    }
}

/// The index the next free conversion thread takes.
private final class NextIndex: Sendable {
    private let value = Mutex(0)

    func take() -> Int {
        value.withLock { value in
            defer { value += 1 }
            return value
        }
    }
}

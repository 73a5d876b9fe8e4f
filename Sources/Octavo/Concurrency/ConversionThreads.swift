import Foundation

/// The one place where Octavo works in parallel: over the inputs of a compilation
/// (``Converter/read(_:from:context:)-([InputSource],_,_)``) and over the jobs of a batch
/// (``BatchEngine``). Readers, transforms and writers work on one document on one thread.
///
/// Units of work are started in order from a task group, at most `width` at once, each on a
/// thread of its own that ends with it (no pool). The thread is there for its stack: the model's
/// `Codable` and `Hashable` conformances and the writers recurse once per nesting level, and
/// readers allow up to `Limits.maxDepth` levels (10,000 from the CLI). Measured in a debug build,
/// the text writer needs about 2.7 KB of stack per level: 3,000 levels fit the 8 MB of a main
/// thread and 5,000 do not, and a task's own thread may have less. The 512 MB stack is address
/// space; only the pages a conversion touches are ever backed by memory.
public enum ConversionThreads {
    /// The stack size of a conversion thread.
    public static let stackSize = 512 << 20

    /// `work(i)` for every `i` in `0..<count`, in index order, with at most `width` running at once.
    public static func map<T: Sendable>(_ count: Int, width: Int,
                                        _ work: @escaping @Sendable (Int) -> T) async -> [T] {
        await withTaskGroup(of: (Int, T).self) { group in
            var results = [T?](repeating: nil, count: count)
            for index in 0..<count {
                if index >= max(width, 1), let (done, result) = await group.next() { results[done] = result }
                group.addTask { (index, await run { work(index) }) }
            }
            for await (done, result) in group { results[done] = result }
            return results.map { $0! }
        }
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

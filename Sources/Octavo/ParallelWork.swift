import Foundation
import Synchronization

/// Runs independent pieces of synchronous work on a few threads with large stacks.
///
/// Reading the inputs of a compilation is such work: each input is read on its own, so a
/// 200-page compilation reads on every core. Threads get the same large stack as batch
/// conversions (``LargeStack/stackSize``), since readers and the model recurse per nesting level.
enum ParallelWork {
    /// `work(i)` for every `i` in `0..<count`, in index order, computed on up to `width` threads.
    static func map<T: Sendable>(_ count: Int, width: Int, _ work: @escaping @Sendable (Int) -> T) -> [T] {
        let threads = min(width, count)
        guard threads > 1 else { return (0..<count).map(work) }
        let results = Mutex<[T?]>(Array(repeating: nil, count: count))
        let next = Mutex(0)
        let group = DispatchGroup()
        for _ in 0..<threads {
            group.enter()
            let thread = Thread {
                while true {
                    let index = next.withLock { value -> Int in
                        defer { value += 1 }
                        return value
                    }
                    guard index < count else { break }
                    let result = work(index)
                    results.withLock { $0[index] = result }
                }
                group.leave()
            }
            thread.stackSize = LargeStack.stackSize
            thread.start()
        }
        group.wait()
        return results.withLock { $0.map { $0! } }
    }
}

import Foundation

/// Runs synchronous work on a dedicated thread with a large stack.
///
/// Swift concurrency's threads have small stacks (about 512 KB), and the model's `Codable`,
/// `Hashable` and walks recurse once per nesting level; a deeply nested document converts safely
/// only with room to recurse. The batch engine runs every conversion through this.
enum LargeStack {
    /// The stack size of conversion threads: the same as ``withLargeStack(stackSize:_:)`` gives
    /// `convert`, so `--max-depth` means the same in a batch (only touched pages use memory).
    static let stackSize = largeStackSize

    /// The result of `work`, run on a fresh thread with a ``stackSize`` stack.
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: work())
            }
            thread.stackSize = stackSize
            thread.name = "octavo-conversion"
            thread.start()
        }
    }
}

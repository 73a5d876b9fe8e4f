import Foundation

/// A lock for critical sections that last microseconds: a thread that finds it held keeps
/// trying for up to a millisecond before it sleeps.
///
/// A thread that sleeps on a lock costs its wake-up as well (the holder's system call, the
/// scheduler, and on a virtual machine the idle processor's exit to the host), which is longer
/// than the section it waits for. Two batch jobs that both reach cmark-gfm's inline pass at
/// once lost more time to that than to the wait itself.
final class BriefLock: @unchecked Sendable {
    private let lock = NSLock()
    /// How long a thread tries before it sleeps.
    static let patience: Duration = .milliseconds(1)

    /// Runs `body` holding the lock.
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        if !lock.try() { waitForLock() }
        defer { lock.unlock() }
        return try body()
    }

    private func waitForLock() {
        let clock = ContinuousClock(), deadline = clock.now + Self.patience
        while clock.now < deadline {
            sched_yield()
            if lock.try() { return }
        }
        lock.lock()
    }
}

import Foundation
@testable import OctavoMarkdown
import Testing

@Suite struct BriefLockTests {
    /// Threads that find the lock held (they spin, then sleep) still take turns: no increment
    /// of the unprotected counter is lost.
    @Test func excludesOtherThreads() {
        final class Counter: @unchecked Sendable { var value = 0 }
        let lock = BriefLock(), counter = Counter()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for round in 0..<2_000 {
                lock.withLock {
                    let seen = counter.value
                    // Some holds outlast the lock's patience, so that waiters also sleep.
                    if round % 500 == 0 { Thread.sleep(forTimeInterval: 0.002) }
                    counter.value = seen + 1
                }
            }
        }
        #expect(counter.value == 8_000)
    }
}

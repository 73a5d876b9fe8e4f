import Foundation
import Octavo
import Synchronization
import Testing

/// The one place Octavo works in parallel: every unit runs once, results come back in index
/// order, no more than `width` run at once, and a unit has the deep stack readers rely on.
@Suite struct ConversionThreadsTests {
    @Test func everyUnitRunsOnceAndResultsKeepIndexOrder() async {
        let runs = Mutex([Int](repeating: 0, count: 300))
        let results = await ConversionThreads.map(300, width: 3) { index in
            runs.withLock { $0[index] += 1 }
            return index * 2
        }
        #expect(results == (0..<300).map { $0 * 2 })
        #expect(runs.withLock { $0 } == [Int](repeating: 1, count: 300))
    }

    @Test func noMoreThanWidthRunAtOnce() async {
        let running = Mutex((now: 0, highest: 0))
        _ = await ConversionThreads.map(12, width: 2) { _ in
            running.withLock { $0.now += 1; $0.highest = max($0.highest, $0.now) }
            Thread.sleep(forTimeInterval: 0.02)
            running.withLock { $0.now -= 1 }
        }
        #expect(running.withLock { $0.highest } == 2)
    }

    @Test func emptyAndNarrowInputs() async {
        #expect(await ConversionThreads.map(0, width: 4) { $0 }.isEmpty)
        #expect(await ConversionThreads.map(3, width: 0) { $0 } == [0, 1, 2])
        #expect(await ConversionThreads.map(2, width: 16) { $0 + 1 } == [1, 2])
    }

    @Test func unitsHaveTheDeepStack() async {
        // A million levels take tens of megabytes of stack in a test build, more than the 8 MB a
        // main thread has (a thread without the deep stack would crash the test run).
        @Sendable func depth(_ level: Int) -> Int { level == 0 ? 0 : 1 + depth(level - 1) }
        #expect(await ConversionThreads.map(2, width: 2) { _ in depth(1_000_000) } == [1_000_000, 1_000_000])
    }
}

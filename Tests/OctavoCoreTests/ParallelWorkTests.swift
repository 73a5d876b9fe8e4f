import Foundation
import OctavoCore
import Testing

/// The parallel building blocks: results in order whatever the width, joins that move rather
/// than copy, and work released before `map` returns.
@Suite struct ParallelWorkTests {
    @Test func mapRunsAndArrayKeepIndexOrder() {
        for width in [1, 2, 3, 8] {
            #expect(ParallelWork.map(50, width: width) { $0 * $0 } == (0..<50).map { $0 * $0 }, "width \(width)")
            #expect(ParallelWork.array(50, width: width) { "item \($0)" } == (0..<50).map { "item \($0)" }, "width \(width)")
            let ranges = ParallelWork.runs(50, width: width) { $0 }
            #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == 50, "width \(width)")
            #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound }, "width \(width)")
        }
        #expect(ParallelWork.array(0, width: 4) { $0 }.isEmpty)
    }

    /// The calling thread takes items too, and `width` threads in all do the work: the caller and
    /// `width - 1` it starts.
    @Test func mapWorksOnTheCallingThread() {
        let caller = pthread_self()
        let threads = ParallelWork.map(40, width: 3) { _ in
            Thread.sleep(forTimeInterval: 0.002)
            return UInt(pthread_self())
        }
        #expect(threads.contains(UInt(caller)))
        #expect(Set(threads).count <= 3)
    }

    @Test func joinedMovesThePartsInOrder() {
        var parts: [[String]] = [["a", "b"], [], ["c"], ["d", "e", "f"], []]
        #expect(ParallelWork.joined(&parts) == ["a", "b", "c", "d", "e", "f"])
        #expect(parts.allSatisfy { $0.isEmpty })
        var none: [[Int]] = []
        #expect(ParallelWork.joined(&none).isEmpty)
    }

    /// A caller that mutates an array the work captured must hold the only reference once `map`
    /// returns, or the mutation copies the whole array (page furniture once copied every line).
    @Test func mapReleasesItsWorkBeforeReturning() {
        final class Token: Sendable {}
        for width in [1, 2, 4] {
            weak var watched: Token?
            do {
                let token = Token()
                watched = token
                _ = ParallelWork.map(8, width: width) { index in withExtendedLifetime(token) { index } }
            }
            #expect(watched == nil, "width \(width)")
        }
    }

    @Test func releaseInBackgroundFreesTheValue() async throws {
        final class Token: Sendable {}
        weak var watched: Token?
        do {
            let token = Token()
            watched = token
            ParallelWork.release([token], inBackground: true)
        }
        for _ in 0..<200 where watched != nil { try await Task.sleep(for: .milliseconds(5)) }
        #expect(watched == nil)
    }
}

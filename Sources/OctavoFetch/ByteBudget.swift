import Synchronization

/// The bytes one run may still download, shared by every request of the run.
final class ByteBudget: Sendable {
    let limit: Int
    private let spent = Atomic(0)

    init(limit: Int) {
        self.limit = limit
    }

    /// Takes `count` bytes from the budget; `false` (taking nothing) when too few are left.
    func spend(_ count: Int) -> Bool {
        let total = spent.add(count, ordering: .relaxed).newValue
        if total > limit {
            spent.subtract(count, ordering: .relaxed)
            return false
        }
        return true
    }

    /// Bytes downloaded so far.
    var used: Int { spent.load(ordering: .relaxed) }
}

/// One share of a batch: `index` of `count` (1-based), as in `--shard 2/3`.
///
/// A job belongs to the shard picked by a stable hash of its key (its input path, or the output
/// path of a compilation), so N machines given 1/N … N/N convert every job exactly once with
/// no coordinator, and a job stays on the same machine from run to run.
public struct Shard: Hashable, Sendable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws {
        guard count >= 1, (1...count).contains(index) else {
            throw OctavoError.usage("--shard takes I/N with 1 ≤ I ≤ N, not \(index)/\(count)")
        }
        self.index = index
        self.count = count
    }

    /// Parses `I/N`.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw OctavoError.usage("--shard takes I/N (such as 2/3), not '\(text)'")
        }
        try self.init(index: index, count: count)
    }

    /// Whether the job with this key is in this shard. A leading `./` does not count, so
    /// `octavo batch ./docs` and `octavo batch docs` split the same way.
    public func contains(key: String) -> Bool {
        var normalized = Substring(key)
        while normalized.hasPrefix("./") { normalized = normalized.dropFirst(2) }
        return Int(StableHash.fnv1a(String(normalized)) % UInt64(count)) == index - 1
    }

    /// The jobs of this shard, in their original order.
    public func select(_ jobs: [BatchJob]) -> [BatchJob] {
        jobs.filter { contains(key: $0.key) }
    }

    public var description: String { "\(index)/\(count)" }
}

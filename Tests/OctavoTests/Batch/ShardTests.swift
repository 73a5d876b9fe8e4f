import Octavo
import Testing

@Suite struct ShardTests {
    private let jobs = (0..<300).map { BatchJob(inputs: ["docs/part\($0 / 10)/file\($0).md"], output: "out/\($0).html", to: "html") }

    @Test func theSharesOfNCoverEveryJobExactlyOnce() throws {
        let shards = try (1...3).map { try Shard(index: $0, count: 3).select(jobs) }
        let keys = shards.flatMap { $0.map(\.key) }
        #expect(keys.count == jobs.count)
        #expect(Set(keys) == Set(jobs.map(\.key)))
        for shard in shards { #expect(shard.count > 60, "a share is badly unbalanced: \(shard.count)") }
    }

    @Test func membershipIsStableAcrossRunsAndMachines() throws {
        // FNV-1a 64 of "a" is a published test vector; Swift's seeded hashValue would change per run.
        #expect(StableHash.fnv1a("a") == UInt64(0xaf63_dc4c_8601_ec8c))
        #expect(StableHash.hex("") == "cbf29ce484222325")
        let shard = try Shard(parsing: "2/3")
        let vector: UInt64 = 0xaf63_dc4c_8601_ec8c
        #expect(shard.contains(key: "a") == (vector % 3 == 1))
        for key in ["docs/a.md", "docs/b.md", "docs/c.md"] {
            #expect(shard.contains(key: "./" + key) == shard.contains(key: key))
        }
    }

    @Test func compilationsShardByTheirOutput() {
        let book = BatchJob(inputs: ["a.md", "b.md"], output: "book.epub", to: "epub")
        #expect(book.key == "book.epub")
        #expect(jobs[0].key == "docs/part0/file0.md")
    }

    @Test func badShardsAreUsageErrors() {
        for text in ["0/3", "4/3", "1/0", "x/3", "2", "1/2/3"] {
            #expect(throws: OctavoError.self) { try Shard(parsing: text) }
        }
        #expect((try? Shard(parsing: "3/3"))?.description == "3/3")
    }
}

import Foundation
import Octavo
import OctavoTestSupport
import Synchronization
import Testing

/// Counts how many documents it is working on at once.
private final class ConcurrencyProbe: DocumentTransform {
    let current = Atomic(0), highest = Atomic(0)
    func apply(to document: inout Document, context: ConversionContext) throws {
        let now = current.add(1, ordering: .relaxed).newValue
        var seen = highest.load(ordering: .relaxed)
        while now > seen {
            let (exchanged, original) = highest.compareExchange(expected: seen, desired: now, ordering: .relaxed)
            if exchanged { break }
            seen = original
        }
        Thread.sleep(forTimeInterval: 0.05)
        current.subtract(1, ordering: .relaxed)
    }
}

@Suite struct BatchEngineTests {
    private func lineJobs(_ count: Int, in root: URL, contents: (Int) -> String = { "line \($0)" }) throws -> [BatchJob] {
        try (0..<count).map { index in
            let input = root.appendingPathComponent(String(format: "in/%03d.lines", index))
            try BatchFixtures.write([String(format: "in/%03d.lines", index): contents(index)], under: root)
            return BatchJob(inputs: [input.path], output: root.appendingPathComponent(String(format: "out/%03d.json", index)).path,
                            to: "json")
        }
    }

    @Test(arguments: [1, 2, 3])
    func atMostJobsConversionsRunAtOnceAndAsManyAsAllowed(jobs limit: Int) async throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let probe = ConcurrencyProbe()
        let engine = BatchEngine(registry: .withLines, transforms: [probe])
        let summary = await engine.run(try lineJobs(8, in: root), settings: BatchSettings(jobs: limit))
        #expect(summary.succeeded)
        #expect(probe.highest.load(ordering: .relaxed) == limit)
    }

    @Test func failuresAreRecordedAndEveryOtherJobConverts() async throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let jobs = try lineJobs(20, in: root) { $0 == 7 ? "FAIL" : "ok \($0)" }
        let summary = await BatchEngine(registry: .withLines).run(jobs, settings: BatchSettings(jobs: 2))
        #expect(summary.failures.map(\.job) == [jobs[7]])
        #expect(summary.count(.converted) == 19)
        #expect(BatchFixtures.tree(root.appendingPathComponent("out")).count == 19)
        #expect(summary.failures[0].error?.description.contains("a FAIL line") == true)
    }

    @Test func failFastStopsStartingJobsAndWritesNothingPartial() async throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let jobs = try lineJobs(50, in: root) { $0 == 0 ? "FAIL" : "ok" }
        let summary = await BatchEngine(registry: .withLines).run(jobs, settings: BatchSettings(jobs: 1, failFast: true))
        #expect(summary.count(.failed) == 1)
        #expect(summary.count(.cancelled) == 49)
        #expect(BatchFixtures.tree(root.appendingPathComponent("out")).isEmpty)
    }

    @Test func strictTurnsWarningsIntoFailures() async throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var jobs = try lineJobs(3, in: root) { $0 == 1 ? "a\nWARN" : "ok" }
        let lenient = await BatchEngine(registry: .withLines).run(jobs)
        #expect(lenient.succeeded)
        #expect(lenient.results[1].diagnostics.map(\.line) == [2])
        try FileManager.default.removeItem(at: root.appendingPathComponent("out"))
        for index in jobs.indices { jobs[index].options.strict = true }
        let strict = await BatchEngine(registry: .withLines).run(jobs)
        #expect(strict.failures.map(\.job.key) == [jobs[1].key])
        #expect(strict.failures[0].error == .strictFailure(file: jobs[1].key, count: 1))
        #expect(!FileManager.default.fileExists(atPath: jobs[1].output))
    }

    @Test func changedOnlySkipsUpToDateOutputsAndNoticesNewOptions() async throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var jobs = try lineJobs(4, in: root)
        let settings = BatchSettings(jobs: 2, changedOnly: true, stateFolder: root.appendingPathComponent("out").path)
        let engine = BatchEngine(registry: .withLines)
        #expect(await engine.run(jobs, settings: settings).count(.converted) == 4)
        #expect(await engine.run(jobs, settings: settings).count(.unchanged) == 4)
        // A newer input, and a changed option, each make their job stale again.
        let later = Date().addingTimeInterval(5)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: jobs[0].inputs[0])
        jobs[1].options.metadata.title = "New title"
        let third = await engine.run(jobs, settings: settings)
        #expect(third.results.map(\.status) == [.converted, .converted, .unchanged, .unchanged])
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/\(BatchState.fileName)").path))
    }

    /// 256 is twice the readers' default depth limit; 8000 crashes a concurrency pool thread (measured), so it
    /// shows that conversions really run on the large-stack threads.
    @Test(arguments: [256, 8000])
    func aDeeplyNestedDocumentConvertsInsideABatch(depth: Int) async throws {
        // Foundation's JSON coders refuse nesting past 512 containers (a quote level is two), so
        // the deep document comes from a toy reader; hashing, rewriting, visiting and writing it
        // all recurse once per level.
        struct NestReader: DocumentReader {
            let format = FormatDescription(name: "nest", extensions: ["nest"], summary: "N nested quotes")
            func read(_ input: InputSource, context: ConversionContext) throws -> Document {
                let depth = Int(String(decoding: input.data, as: UTF8.self)) ?? 0
                var block = Block.paragraph([.emphasis([.text("deep")])])
                for _ in 0..<depth { block = .blockQuote([block]) }
                return Document(blocks: [block])
            }
        }
        struct HashEverything: DocumentTransform {
            func apply(to document: inout Document, context: ConversionContext) throws {
                var hasher = Hasher()
                document.hash(into: &hasher)
                _ = hasher.finalize()
                document.blocks = document.blocks.rewritten()
                var quotes = 0
                document.blocks.visit(block: { if case .blockQuote = $0 { quotes += 1 } })
                context.report(.info, "depth \(quotes)")
            }
        }
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try BatchFixtures.write(["deep.nest": "\(depth)"], under: root)
        var registry = FormatRegistry.withLines
        registry.register(reader: NestReader())
        let job = BatchJob(inputs: [root.appendingPathComponent("deep.nest").path],
                           output: root.appendingPathComponent("out/deep.lines").path, to: "lines")
        let summary = await BatchEngine(registry: registry, transforms: [HashEverything()]).run([job], settings: BatchSettings(jobs: 1))
        #expect(summary.succeeded, "\(summary.failures.map { $0.error?.description ?? "" })")
        #expect(try String(contentsOfFile: job.output, encoding: .utf8) == "deep\n")
        #expect(summary.results[0].diagnostics.map(\.message) == ["depth \(depth)"])
    }

    @Test func progressReportsEveryStartAndFinish() async throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let events = Mutex<[String]>([])
        let summary = await BatchEngine(registry: .withLines).run(try lineJobs(5, in: root), settings: BatchSettings(jobs: 2)) { event in
            switch event {
            case .started: events.withLock { $0.append("start") }
            case let .finished(_, _, completed, total): events.withLock { $0.append("done \(completed)/\(total)") }
            }
        }
        #expect(summary.succeeded)
        let seen = events.withLock { $0 }
        #expect(seen.filter { $0 == "start" }.count == 5)
        #expect(seen.last == "done 5/5")
    }
}

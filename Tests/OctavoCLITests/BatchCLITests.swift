import Foundation
import OctavoTestSupport
import Testing

/// `octavo batch` end to end: the built binary on generated folders.
@Suite(.serialized) struct BatchCLITests {
    static func json(_ n: Int, marker: String = "") -> String {
        #"{"schemaVersion":1,"document":{"metadata":{"title":"Doc \#(n)"},"blocks":[{"type":"paragraph","content":[{"type":"text","text":"text \#(n)\#(marker)"}]}]}}"#
    }

    /// 300 good inputs in 10 folders, plus: invalid UTF-8, a dangling symbolic link, and an input
    /// that makes the filter crash. Returns the folder and the 3 broken inputs' relative paths.
    static func brokenCorpus(in root: URL, good: Int = 300) throws -> [String] {
        let input = root.appendingPathComponent("in")
        for n in 0..<good {
            let url = input.appendingPathComponent(String(format: "part%d/doc%03d.json", n % 10, n))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(json(n).utf8).write(to: url)
        }
        var invalid = Data(json(1000).utf8)
        invalid.replaceSubrange(invalid.range(of: Data("text 1000".utf8))!, with: [0x74, 0xC3, 0x28, 0xFF])
        try invalid.write(to: input.appendingPathComponent("part3/bad-utf8.json"))
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("part5/missing.json").path,
                                                   withDestinationPath: "nowhere/gone.json")
        try Data(json(2000, marker: " CRASH-ME").utf8).write(to: input.appendingPathComponent("part7/crash.json"))
        return ["in/part3/bad-utf8.json", "in/part5/missing.json", "in/part7/crash.json"]
    }

    /// A filter that passes documents through but crashes (SIGSEGV) on one containing CRASH-ME.
    static func crashingFilter(in root: URL) throws -> String {
        let url = root.appendingPathComponent("crash-filter.sh")
        let script = """
        #!/bin/sh
        input=$(cat)
        case "$input" in *CRASH-ME*) echo "about to crash" >&2; kill -SEGV $$ ;; esac
        printf '%s\\n' "$input"
        """
        try Data(script.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    static func tree(_ root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    @Test func threeBrokenInputsAmong300FailAloneAndAreReported() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let broken = try Self.brokenCorpus(in: root)
        let filter = try Self.crashingFilter(in: root)
        let result = try CommandRunner.octavo(
            ["batch", "in", "-t", "json", "-o", "out", "--strict", "--jobs", "2", "--filter", filter,
             "--report", "report.json", "--junit", "junit.xml"],
            environment: ["CI": "true"], in: root)
        #expect(result.status == 1, "\(result.stderr.suffix(2000))")

        // Every other output, and nothing else (no partial or temporary file) in the output tree.
        let outputs = Self.tree(root.appendingPathComponent("out"))
        let expected = (0..<300).map { String(format: "part%d/doc%03d.json", $0 % 10, $0) }.sorted()
        #expect(outputs == expected)
        let sample = try Data(contentsOf: root.appendingPathComponent("out/part4/doc004.json"))
        #expect(String(decoding: sample, as: UTF8.self).contains("\"text 4\""))

        // The JSON report names exactly the three failures, with reasons.
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("report.json"))) as? [String: Any]
        let jobs = try #require(report?["jobs"] as? [[String: Any]])
        #expect(jobs.count == 303)
        let failed = jobs.filter { $0["status"] as? String == "failed" }
        #expect(failed.compactMap { $0["input"] as? String }.sorted() == broken)
        let reasons = failed.compactMap { $0["error"] as? String }.joined(separator: "\n")
        #expect(reasons.contains("cannot read: no such file"))
        #expect(reasons.contains("crashed (signal 11); stderr: about to crash"))
        #expect(reasons.contains("not Octavo model JSON"))
        #expect((report?["summary"] as? [String: Any])?["converted"] as? Int == 300)

        // The JUnit report: 303 cases, the same 3 failures.
        let junit = try String(contentsOf: root.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(junit.contains(#"tests="303" failures="3""#))
        for input in broken { #expect(junit.contains(#"name="\#(input)" file="#)) }
        #expect(junit.components(separatedBy: "<failure ").count - 1 == 3)

        // Plain progress (CI is set): one line per file, failures named, and a summary.
        #expect(result.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("[") }.count == 303)
        #expect(result.stderr.contains("FAILED in/part5/missing.json"))
        #expect(result.stderr.contains("303 jobs: 300 converted, 3 failed"))
    }

    @Test func failFastStopsEarlyAndLeavesNoPartialFiles() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try Self.brokenCorpus(in: root, good: 120)
        // In path order the first job is in/part0/…; make the very first input broken.
        try Data("{ not json".utf8).write(to: root.appendingPathComponent("in/part0/aaa-first.json"))
        // Good jobs pass a filter that takes a tenth of a second (the broken one fails before
        // its filter), so the other worker finishes a job or two before the failure is seen,
        // however busy the machine is, and not a dozen quick ones.
        let slow = root.appendingPathComponent("slow.sh")
        try Data("#!/bin/sh\nsleep 0.1; cat\n".utf8).write(to: slow)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: slow.path)
        let result = try CommandRunner.octavo(["batch", "in", "-t", "json", "-o", "out", "--fail-fast", "--jobs", "2",
                                               "--filter", slow.path, "--report", "report.json"],
                                              environment: ["CI": "true"], in: root)
        #expect(result.status == 1)
        let outputs = Self.tree(root.appendingPathComponent("out"))
        #expect(outputs.count < 10, "fail-fast went on: \(outputs.count) outputs")
        #expect(outputs.allSatisfy { $0.hasSuffix(".json") && !$0.contains(".octavo-") })
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("report.json"))) as? [String: Any]
        let summary = try #require(report?["summary"] as? [String: Any])
        #expect((summary["cancelled"] as? Int ?? 0) > 100)
        #expect(summary["failed"] as? Int == 1)
    }

    @Test func threeShardsCoverEveryJobExactlyOnce() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try Self.brokenCorpus(in: root, good: 90)
        var seen: [String] = []
        for index in 1...3 {
            let result = try CommandRunner.octavo(["batch", "in", "-t", "json", "-o", "out\(index)", "--shard", "\(index)/3",
                                                   "--report", "r\(index).json", "--quiet"], in: root)
            #expect(result.status == 1 || result.status == 0)
            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("r\(index).json"))) as? [String: Any]
            let inputs = (report?["jobs"] as? [[String: Any]] ?? []).compactMap { $0["input"] as? String }
            #expect(!inputs.isEmpty)
            seen += inputs
        }
        let all = try CommandRunner.octavo(["batch", "in", "-t", "json", "-o", "all", "--report", "all.json", "--quiet"], in: root)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("all.json"))) as? [String: Any]
        let every = (report?["jobs"] as? [[String: Any]] ?? []).compactMap { $0["input"] as? String }
        #expect(all.status == 1)
        #expect(every.count == 93)
        #expect(seen.sorted() == every.sorted())
    }

    @Test func aManifestWithACompilationJob() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for (name, n) in [("docs/a.json", 1), ("docs/sub/b.json", 2), ("book/01.json", 3), ("book/02.json", 4)] {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(Self.json(n).utf8).write(to: url)
        }
        let manifest = """
        output: site
        defaults:
          to: json
        jobs:
          - input: docs
          - inputs: [book/01.json, book/02.json]
            title: The Handbook
            author: Ada Lovelace
            output: books/handbook.json
        """
        try Data(manifest.utf8).write(to: root.appendingPathComponent("octavo.yml"))
        let result = try CommandRunner.octavo(["batch"], environment: ["CI": "1"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.tree(root.appendingPathComponent("site")) == ["a.json", "books/handbook.json", "sub/b.json"])
        let book = try String(contentsOf: root.appendingPathComponent("site/books/handbook.json"), encoding: .utf8)
        #expect(book.contains(#""book""#))
        #expect(book.contains(#""title" : "The Handbook""#))
        #expect(book.contains("Ada Lovelace"))
        #expect(book.contains("text 3") && book.contains("text 4"))

        try Data("jobs:\n  - input: docs\n    outptu: x\n".utf8).write(to: root.appendingPathComponent("bad.yml"))
        let bad = try CommandRunner.octavo(["batch", "bad.yml", "-o", "x"], in: root)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad.yml:3: unknown key 'outptu'"))
    }
}

import Foundation
import OctavoTestSupport
import Testing

/// `octavo batch`: parallelism, incremental runs, interrupts, annotations and usage errors.
@Suite(.serialized) struct BatchCLIBehaviourTests {
    private func corpus(_ count: Int, in root: URL) throws {
        for n in 0..<count {
            let url = root.appendingPathComponent(String(format: "in/doc%02d.json", n))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(BatchCLITests.json(n).utf8).write(to: url)
        }
    }

    private func script(_ body: String, named name: String, in root: URL) throws -> String {
        let url = root.appendingPathComponent(name)
        try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    @Test func jobsTwoRunsTwoConversionsAtOnce() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try corpus(2, in: root)
        let barrier = root.appendingPathComponent("barrier")
        try FileManager.default.createDirectory(at: barrier, withIntermediateDirectories: true)
        // Each filter run waits (up to 5 s) until another one has started: only concurrent runs pass.
        let filter = try script("""
            touch "$BARRIER/$$"
            i=0
            while [ "$(ls "$BARRIER" | wc -l)" -lt 2 ]; do
              i=$((i + 1)); if [ $i -gt 500 ]; then echo "ran alone" >&2; exit 1; fi; sleep 0.01
            done
            cat
            """, named: "barrier.sh", in: root)
        let result = try CommandRunner.octavo(["batch", "in", "-t", "json", "-o", "out", "--jobs", "2", "--filter", filter],
                                              environment: ["BARRIER": barrier.path, "CI": "1"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: barrier.path).count == 2)
    }

    @Test func parallelMarkdownJobsGiveWhatOneJobGives() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        // Strikethrough and autolinks are the syntax cmark-gfm's shared tables serve (ConcurrentParsingTests).
        let text = (1...300).map { "Paragraph \($0): ~~struck~~, www.example.com/\($0), *em*.\n\n" }.joined()
        for n in 0..<8 {
            let url = root.appendingPathComponent("in/doc\(n).md")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        for jobs in ["1", "4"] {
            let result = try CommandRunner.octavo(["batch", "in", "-t", "html", "-o", "out\(jobs)", "--jobs", jobs],
                                                  environment: ["CI": "1"], in: root)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let serial = try Data(contentsOf: root.appendingPathComponent("out1/doc0.html"))
        #expect(String(decoding: serial, as: UTF8.self).components(separatedBy: "<del>struck</del>").count == 301)
        for n in 0..<8 {
            #expect(try Data(contentsOf: root.appendingPathComponent("out4/doc\(n).html")) == serial, "doc\(n).html")
        }
    }

    @Test func changedOnlySkipsWhatIsUpToDate() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try corpus(5, in: root)
        // Many -M pairs: the options fingerprint must not depend on a dictionary's per-process order.
        let pairs = (1...12).flatMap { ["-M", "key\($0)=value\($0)"] }
        let arguments = ["batch", "in", "-t", "json", "-o", "out", "--changed-only"] + pairs
        #expect(try CommandRunner.octavo(arguments, environment: ["CI": "1"], in: root).stderr.contains("5 converted"))
        #expect(try CommandRunner.octavo(arguments, environment: ["CI": "1"], in: root).stderr.contains("0 converted, 5 unchanged"))
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(10)],
                                              ofItemAtPath: root.appendingPathComponent("in/doc03.json").path)
        #expect(try CommandRunner.octavo(arguments, environment: ["CI": "1"], in: root).stderr.contains("1 converted, 4 unchanged"))
        let retitled = try CommandRunner.octavo(arguments + ["--title", "Other"], environment: ["CI": "1"], in: root)
        #expect(retitled.stderr.contains("5 converted"))
    }

    @Test func anInterruptLeavesOnlyCompleteOutputs() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try corpus(40, in: root)
        let slow = try script("sleep 0.1; cat", named: "slow.sh", in: root)
        let process = Process()
        process.executableURL = CommandRunner.octavo
        process.arguments = ["batch", "in", "-t", "json", "-o", "out", "--jobs", "2", "--filter", slow]
        process.currentDirectoryURL = root
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.8)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let outputs = BatchCLITests.tree(root.appendingPathComponent("out"))
        #expect(outputs.count < 40, "the batch finished before the interrupt")
        for output in outputs {
            #expect(!output.contains(".octavo-") && output.hasSuffix(".json"), "left behind: \(output)")
            let data = try Data(contentsOf: root.appendingPathComponent("out").appendingPathComponent(output))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "partial output \(output)")
        }
    }

    @Test func gitHubActionsGetsAnnotations() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try corpus(2, in: root)
        try Data("{\"schemaVersion\": 1, \"document\": [".utf8).write(to: root.appendingPathComponent("in/broken.json"))
        let result = try CommandRunner.octavo(["batch", "in", "-t", "json", "-o", "out", "--quiet"],
                                              environment: ["GITHUB_ACTIONS": "true"], in: root)
        #expect(result.status == 1)
        #expect(result.stdoutText.hasPrefix("::error file=in/broken.json,title=octavo%3A in/broken.json::in/broken.json: not Octavo model JSON"))
        // Jobs run in parallel, so the failing one may finish in any place: any line of the log.
        #expect(result.stderr.range(of: #"(?m)^\[[123]/3\] FAILED in/broken.json"#, options: .regularExpression) != nil)
        #expect(!result.stderr.contains("converted"))
    }

    @Test func usageErrorsExitTwo() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try corpus(1, in: root)
        for arguments in [["in", "-t", "json"], ["in", "-o", "o", "-t", "json", "--fail-fast", "--keep-going"],
                          ["in", "-o", "o", "-t", "json", "--shard", "4/3"], ["in", "-o", "o", "-t", "klingon"],
                          ["missing", "-o", "o", "-t", "json"], ["in", "-o", "o", "--jobs", "0"], []] {
            let result = try CommandRunner.octavo(["batch"] + arguments, in: root)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
        }
    }
}

/// `--filter` on `convert` and `inspect`, with the sample filters.
@Suite struct FilterCLITests {
    private let sample = Repository.root.appendingPathComponent("Samples/model/welcome.json").path
    private let filters = Repository.root.appendingPathComponent("Samples/filters")

    @Test func sampleFiltersRunInOrderOnConvert() throws {
        let result = try CommandRunner.octavo(["convert", sample, "-t", "json",
                                               "--filter", filters.appendingPathComponent("drop-images.py").path,
                                               "--filter", filters.appendingPathComponent("uppercase-headings.sh").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains(#""text" : "WELCOME TO OCTAVO""#))
        #expect(result.stdoutText.contains(#""text" : "the Octavo logo""#))
        #expect(!result.stdoutText.contains(#""type" : "image""#))
    }

    @Test func inspectRunsFiltersToo() throws {
        let result = try CommandRunner.octavo(["inspect", sample, "--filter", filters.appendingPathComponent("uppercase-headings.sh").path])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("FILTERS"))
    }

    @Test func aFailingFilterExitsOneNamingIt() throws {
        let result = try CommandRunner.octavo(["convert", sample, "-t", "json", "--filter", "false"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("filter 'false' failed: exited with status 1"))
        #expect(result.stdout.isEmpty)
    }
}

/// A batch gives exactly what `convert` gives, file by file.
@Suite struct BatchMatchesConvertTests {
    @Test func markdownToTextInABatchEqualsConvert() throws {
        let samples = Repository.root.appendingPathComponent("Samples")
        let markdown = Repository.files(in: samples, withExtension: "md")
        try #require(!markdown.isEmpty)
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.octavo(["batch", samples.path, "--include", "*.md", "-t", "text",
                                               "-o", root.path, "--quiet"], environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(result.status == 0, "\(result.stderr)")
        for file in markdown {
            let single = try CommandRunner.octavo(["convert", file.path, "-t", "text"], environment: ["SOURCE_DATE_EPOCH": "0"])
            let name = file.deletingPathExtension().lastPathComponent + ".txt"
            let batched = try Data(contentsOf: root.appendingPathComponent(name))
            #expect(batched == single.stdout, "\(name) differs between batch and convert")
            #expect(!batched.isEmpty)
        }
    }
}

/// On a terminal (and without `CI`), progress is a live bar redrawn in place.
@Suite struct BatchProgressBarTests {
    @Test func aTerminalGetsALiveBar() throws {
        let script = URL(fileURLWithPath: "/usr/bin/script")
        guard FileManager.default.isExecutableFile(atPath: script.path) else { return }
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for n in 0..<6 {
            try Data(BatchCLITests.json(n).utf8).write(to: root.appendingPathComponent("doc\(n).json"))
        }
        try Data("{".utf8).write(to: root.appendingPathComponent("broken.json"))
        let command = "'\(CommandRunner.octavo.path)' batch . -t json -o out --jobs 2"
        // `script` gives the tool a pseudo-terminal; `env -u CI` removes CI's plain mode.
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                           ["-u", "CI", "-u", "GITHUB_ACTIONS", script.path, "-qefc", command, "/dev/null"],
                                           in: root)
        let screen = result.stdoutText
        #expect(result.status == 1, "\(screen)")
        #expect(screen.contains("\r\u{1B}[2K["), "no live bar: \(screen.debugDescription)")
        #expect(screen.contains("] 7/7 (1 failed)"))
        #expect(screen.contains("FAILED ./broken.json") || screen.contains("FAILED broken.json"))
        #expect(!screen.contains("] ok "))
        #expect(screen.contains("7 jobs: 6 converted, 1 failed"))
    }
}

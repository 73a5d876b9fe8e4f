import ArgumentParser
import Foundation
import Octavo

/// `octavo batch`: many conversions in parallel, with progress, reports and CI-friendly exit codes.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert folders (or the jobs of an octavo.yml manifest) in parallel.",
        discussion: """
        Outputs mirror the input tree under --output, with the target format's extension. \
        Exit status: 0 when every job converted, 1 when any failed, 2 for a usage error. \
        See docs/ci.md.
        """)

    @Argument(help: "Files and folders to convert, or one manifest (.yml/.yaml). Default: ./octavo.yml.")
    var inputs: [String] = []

    @Option(name: .long, help: "A manifest file listing the jobs (octavo.yml).")
    var manifest: String?

    @Option(name: [.short, .customLong("to")], help: "Output format (default: html).")
    var to: String?

    @Option(name: .shortAndLong, help: "Output folder (the input tree is mirrored under it).")
    var output: String?

    @Option(help: "Only files matching this glob (such as '*.md' or 'docs/**/*.md'); repeatable.")
    var include: [String] = []
    @Option(help: "Leave out files matching this glob; repeatable.")
    var exclude: [String] = []

    @Option(name: .shortAndLong, help: "Conversions at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: ArgumentHelp("Convert only share I of N (such as 2/3), chosen by a stable hash of each input path.",
                               valueName: "I/N"),
            transform: Shard.init(parsing:))
    var shard: Shard?

    @Flag(help: "Convert everything possible, then exit 1 if anything failed (the default).")
    var keepGoing = false
    @Flag(help: "Stop at the first failure.")
    var failFast = false
    @Flag(help: "Skip outputs newer than their inputs and made with the same options.")
    var changedOnly = false

    @Option(help: "Write a JSON report of every job to this file.")
    var report: String?
    @Option(help: "Write a JUnit XML report (one test case per conversion) to this file.")
    var junit: String?

    @OptionGroup var flags: ConversionFlags
    @OptionGroup var plugins: PluginFlags

    func validate() throws {
        if keepGoing && failFast { throw ValidationError("--keep-going and --fail-fast exclude each other") }
        try UsageChecks.require(jobs, in: 1..., "--jobs", takes: "a number of at least 1")
        if manifest != nil && !inputs.isEmpty { throw ValidationError("give either --manifest or inputs, not both") }
    }

    func run() async throws {
        let registry = plugins.registry(quiet: flags.quiet)
        let plan = try BatchPlan(command: self, registry: registry)
        let temporaryFiles = TemporaryFileRegistry()
        let progress = BatchProgress(quiet: flags.quiet, verbose: flags.verbose)
        let interrupts = InterruptHandler(temporaryFiles: temporaryFiles) { progress.interrupted() }
        defer { interrupts.cancel() }

        let settings = BatchSettings(jobs: jobs, failFast: failFast, changedOnly: changedOnly,
                                     stateFolder: plan.outputFolder, temporaryFiles: temporaryFiles)
        let engine = BatchEngine(registry: registry)
        let summary = await engine.run(plan.jobs, settings: settings) { progress.handle($0) }
        interrupts.awaitHandlerIfInterrupted()
        progress.finish(summary)

        if let report { try Self.write(try BatchJSONReport.data(for: summary), to: report) }
        if let junit { try Self.write(Data(BatchJUnitReport.xml(for: summary).utf8), to: junit) }
        if ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true" {
            for line in GitHubAnnotations.lines(for: summary) { print(line) }
        }
        if !summary.succeeded { throw ExitCode(1) }
    }

    /// Writes a report, creating its folder (`--report build/report.json` before `build/` exists).
    private static func write(_ data: Data, to path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try AtomicFile.write(data, to: path)
    }
}

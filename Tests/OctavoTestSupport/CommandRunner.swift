import Foundation

/// Runs the built `octavo` binary (or another program) and captures what it does.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: String
    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

public enum CommandRunner {
    /// The `octavo` executable built beside the test bundle.
    public static var octavo: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("octavo")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return Repository.root.appendingPathComponent(".build/debug/octavo")
    }

    /// Runs `octavo` with `arguments`, feeding `stdin`.
    public static func octavo(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                              in directory: URL? = nil) throws -> CommandResult {
        try run(octavo, arguments, stdin: stdin, environment: environment, in: directory)
    }

    /// Runs any program. Output is read on background threads so large outputs cannot deadlock.
    public static func run(_ program: URL, _ arguments: [String], stdin: Data? = nil,
                           environment: [String: String] = [:], in directory: URL? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let collector = OutputCollector(out: out, err: err)
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        let (stdout, stderr) = collector.wait()
        return CommandResult(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// Drains two pipes concurrently.
private final class OutputCollector: @unchecked Sendable {
    private var stdout = Data(), stderr = Data()
    private let group = DispatchGroup()

    init(out: Pipe, err: Pipe) {
        group.enter()
        DispatchQueue.global().async { self.stdout = out.fileHandleForReading.readDataToEndOfFile(); self.group.leave() }
        group.enter()
        DispatchQueue.global().async { self.stderr = err.fileHandleForReading.readDataToEndOfFile(); self.group.leave() }
    }

    func wait() -> (Data, Data) {
        group.wait()
        return (stdout, stderr)
    }
}

import Foundation
import Synchronization

/// Runs a child process with bytes on its standard input, collecting both outputs.
///
/// Standard input is written and both outputs are read on their own threads, so a program that
/// writes before it has read everything cannot deadlock the pipes.
enum FilterProcess {
    struct Outcome {
        var standardOutput: Data
        var standardError: Data
        /// Why the run counts as failed (non-zero exit, signal, timeout), `nil` when it succeeded.
        var problem: String?
    }

    /// A filter that closes its input early must not kill this process with SIGPIPE.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Process groups of the filters running now.
    private static let running = Mutex<Set<pid_t>>([])

    /// Stops every filter still running (and what it started), for an interrupt.
    static func terminateAll() {
        for group in running.withLock({ $0 }) { kill(-group, SIGKILL) }
    }

    static func run(_ executable: URL, _ arguments: [String], input: Data, timeout: Double) throws -> Outcome {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        // The child leads its own process group; killing the group also stops anything it
        // started that still holds the pipes (Foundation reports the exit only once they close).
        let group = process.processIdentifier
        running.withLock { _ = $0.insert(group) }
        defer { running.withLock { _ = $0.remove(group) } }

        let output = Collected(), errors = Collected()
        let io = DispatchGroup()
        DispatchQueue.global().async(group: io) {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: io) { output.set(stdout.fileHandleForReading.readDataToEndOfFile()) }
        DispatchQueue.global().async(group: io) { errors.set(stderr.fileHandleForReading.readDataToEndOfFile()) }

        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(-group, SIGTERM)
            if finished.wait(timeout: .now() + 1) == .timedOut {
                kill(-group, SIGKILL)
                finished.wait()
            }
        }
        // A grandchild may still hold the pipes open; do not wait for it forever.
        _ = io.wait(timeout: .now() + 2)

        var outcome = Outcome(standardOutput: output.value, standardError: errors.value)
        if timedOut {
            outcome.problem = "timed out after \(String(format: "%g", timeout)) s"
        } else if process.terminationReason == .uncaughtSignal {
            outcome.problem = "crashed (signal \(process.terminationStatus))"
        } else if process.terminationStatus != 0 {
            outcome.problem = "exited with status \(process.terminationStatus)"
        }
        return outcome
    }
}

/// Bytes handed over from a reading thread.
private final class Collected: Sendable {
    private let data = Mutex(Data())
    func set(_ value: Data) { data.withLock { $0 = value } }
    var value: Data { data.withLock { $0 } }
}

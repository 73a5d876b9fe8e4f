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

    /// Runs `executable` with `input` on its standard input. `environment` replaces the
    /// process's own when given. A program that prints more than `maxOutputBytes` on standard
    /// output is stopped (standard error keeps only its first `maxOutputBytes` too).
    static func run(_ executable: URL, _ arguments: [String], input: Data, timeout: Double,
                    environment: [String: String]? = nil, maxOutputBytes: Int = .max) throws -> Outcome {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
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

        let output = Collected(limit: maxOutputBytes), errors = Collected(limit: maxOutputBytes)
        let io = DispatchGroup()
        DispatchQueue.global().async(group: io) {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: io) {
            // Too much output stops the program: nothing it prints after that is wanted.
            output.drain(stdout.fileHandleForReading) { kill(-group, SIGKILL) }
        }
        DispatchQueue.global().async(group: io) { errors.drain(stderr.fileHandleForReading) }

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
        if output.overflowed {
            outcome.problem = "printed more than \(maxOutputBytes) bytes"
        } else if timedOut {
            outcome.problem = "timed out after \(String(format: "%g", timeout)) s"
        } else if process.terminationReason == .uncaughtSignal {
            outcome.problem = "crashed (signal \(process.terminationStatus))"
        } else if process.terminationStatus != 0 {
            outcome.problem = "exited with status \(process.terminationStatus)"
        }
        return outcome
    }
}

/// Bytes read from a pipe on a reading thread, up to a limit.
private final class Collected: Sendable {
    private let state = Mutex((data: Data(), overflowed: false))
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Reads `handle` to its end, keeping at most `limit` bytes; `overflow` is called once
    /// when there are more (the rest is read and dropped, so the writer never blocks).
    func drain(_ handle: FileHandle, overflow: () -> Void = {}) {
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { return }
            let justOverflowed = state.withLock { state in
                guard !state.overflowed else { return false }
                guard state.data.count + chunk.count > limit else {
                    state.data.append(chunk)
                    return false
                }
                state.data.append(chunk.prefix(limit - state.data.count))
                state.overflowed = true
                return true
            }
            if justOverflowed { overflow() }
        }
    }

    var value: Data { state.withLock { $0.data } }
    var overflowed: Bool { state.withLock { $0.overflowed } }
}

import Foundation
import Octavo
import Synchronization

/// What `octavo batch` shows on stderr while it works: a live bar with counts and the current
/// file on a terminal; one line per file when stderr is not a terminal or `CI` is set; only
/// failures with `--quiet`.
final class BatchProgress: Sendable {
    private struct State {
        var running: [Int: String] = [:]
        var failed = 0
        var completed = 0
        var total = 0
        var lastDraw = ContinuousClock.now - .seconds(1)
    }

    private let state = Mutex(State())
    private let live: Bool
    private let quiet: Bool
    private let verbose: Bool

    init(quiet: Bool, verbose: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.quiet = quiet
        self.verbose = verbose
        self.live = !quiet && isatty(STDERR_FILENO) == 1 && environment["CI"] == nil
    }

    func handle(_ event: BatchEvent) {
        state.withLock { state in
            switch event {
            case let .started(job, index, total):
                state.total = total
                state.running[index] = job.key
                if live { draw(&state, force: false) }
            case let .finished(result, index, completed, total):
                state.running[index] = nil
                state.completed = completed
                state.total = total
                if result.status == .failed { state.failed += 1 }
                if live { clearLine() }
                report(result, completed: completed, total: total)
                if live { draw(&state, force: completed == total) }
            }
        }
    }

    /// The closing summary line (and a cleared bar).
    func finish(_ summary: BatchSummary) {
        if live { clearLine() }
        guard !quiet else { return }
        var parts = ["\(summary.count(.converted)) converted"]
        if summary.count(.failed) > 0 { parts.append("\(summary.count(.failed)) failed") }
        if summary.count(.unchanged) > 0 { parts.append("\(summary.count(.unchanged)) unchanged") }
        if summary.count(.cancelled) > 0 { parts.append("\(summary.count(.cancelled)) cancelled") }
        let seconds = String(format: "%.2f", summary.duration)
        Terminal.note("octavo batch: \(summary.results.count) jobs: " + parts.joined(separator: ", ") + " in \(seconds) s")
    }

    func interrupted() {
        if live { clearLine() }
        Terminal.note("octavo batch: interrupted; temporary files removed")
    }

    private func report(_ result: BatchResult, completed: Int, total: Int) {
        let counter = "[\(completed)/\(total)]"
        switch result.status {
        case .failed:
            let message = result.error?.description ?? "failed"
            let named = message.contains(result.job.key) ? message : "\(result.job.key): \(message)"
            Terminal.note("\(counter) FAILED \(named)")
        case .converted where !quiet && !live:
            Terminal.note("\(counter) ok \(result.job.key) -> \(result.job.output) (\(Int(result.duration * 1000)) ms)")
        case .unchanged where !quiet && !live:
            Terminal.note("\(counter) unchanged \(result.job.output)")
        case .cancelled where !quiet && !live:
            Terminal.note("\(counter) cancelled \(result.job.key)")
        case .converted, .unchanged, .cancelled:
            break
        }
        Terminal.report(result.diagnostics, verbose: verbose, quiet: quiet)
    }

    private func draw(_ state: inout State, force: Bool) {
        let now = ContinuousClock.now
        guard force || now - state.lastDraw > .milliseconds(50) else { return }
        state.lastDraw = now
        let width = Self.terminalWidth()
        let barWidth = 24
        let filled = state.total == 0 ? 0 : barWidth * state.completed / state.total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled)
        var line = "[\(bar)] \(state.completed)/\(state.total)"
        if state.failed > 0 { line += " (\(state.failed) failed)" }
        if let current = state.running.min(by: { $0.key < $1.key })?.value { line += "  " + current }
        if line.count > width - 1 { line = String(line.prefix(width - 2)) + "…" }
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line).utf8))
    }

    private func clearLine() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 80
    }
}

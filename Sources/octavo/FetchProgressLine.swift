import Foundation
import Octavo
import Synchronization

/// Shows how far fetching has got on one line of a terminal (pages or images done / total and
/// bytes), redrawn at most ten times a second once it has taken half a second; nothing when
/// stderr is not a terminal or with `--quiet`.
final class FetchProgressLine: Sendable {
    private let enabled: Bool
    private let state = Mutex<(started: ContinuousClock.Instant, drawn: ContinuousClock.Instant?, width: Int)>((.now, nil, 0))

    init(quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    func update(_ progress: FetchProgress) {
        guard enabled else { return }
        state.withLock { state in
            let now = ContinuousClock.now
            guard now - state.started > .milliseconds(500) else { return }
            if let drawn = state.drawn, now - drawn < .milliseconds(100), progress.done < progress.total { return }
            state.drawn = now
            let what = progress.purpose == .page ? "pages" : "images"
            let megabytes = String(format: "%.1f", Double(progress.bytes) / 1_048_576)
            let text = "fetching \(what): \(progress.done)/\(progress.total), \(megabytes) MB"
            let padding = String(repeating: " ", count: max(0, state.width - text.count))
            state.width = text.count
            FileHandle.standardError.write(Data(("\r" + text + padding).utf8))
        }
    }

    /// Clears the line, if anything was drawn.
    func finish() {
        guard enabled else { return }
        state.withLock { state in
            guard state.drawn != nil else { return }
            FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: state.width) + "\r").utf8))
            state.drawn = nil
            state.started = .now
        }
    }
}

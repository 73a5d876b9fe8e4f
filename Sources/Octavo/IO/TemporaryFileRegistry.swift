import Foundation
import Synchronization

/// The temporary files being written right now, so that an interrupt (Ctrl-C) can remove them
/// before the process exits and leave no partial file behind.
///
/// ``AtomicFile/write(_:to:registry:)`` registers each temporary file before creating it and
/// checks the registry again before renaming it into place. ``closeAndRemoveAll(waitingUpTo:)``
/// refuses new files, lets writers in progress notice and clean up, and removes what is left.
public final class TemporaryFileRegistry: Sendable {
    private struct State {
        var closed = false
        var paths: Set<String> = []
    }
    private let state = Mutex(State())

    public init() {}

    /// Records `path` as being written. Throws once the registry is closed.
    public func begin(_ path: String) throws {
        try state.withLock {
            if $0.closed { throw OctavoError.unwritable(file: path, reason: "interrupted") }
            $0.paths.insert(path)
        }
    }

    /// Forgets `path` (renamed into place or removed by its writer).
    public func end(_ path: String) {
        _ = state.withLock { $0.paths.remove(path) }
    }

    /// Whether the registry refuses new work (an interrupt arrived).
    public var isClosed: Bool { state.withLock { $0.closed } }

    /// The temporary files in flight.
    public var inFlight: Set<String> { state.withLock { $0.paths } }

    /// Refuses new temporary files, waits up to `seconds` for writers in progress to clean up
    /// after themselves, then removes every temporary file still registered.
    public func closeAndRemoveAll(waitingUpTo seconds: Double = 2) {
        state.withLock { $0.closed = true }
        let deadline = Date().addingTimeInterval(seconds)
        while !inFlight.isEmpty && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        for path in inFlight {
            unlink(path)
            end(path)
        }
    }
}

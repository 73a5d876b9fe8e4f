import Dispatch
import Foundation
import Synchronization
import Octavo

/// On Ctrl-C (SIGINT) or SIGTERM: remove the temporary files of outputs being written, say so,
/// and exit with 130 (or 143), so that an interrupted batch leaves no partial file.
final class InterruptHandler {
    private let sources: [any DispatchSourceSignal]
    /// The signal being handled, or 0.
    private let received = ReceivedSignal()

    private final class ReceivedSignal: Sendable {
        let number = Atomic<Int32>(0)
    }

    init(temporaryFiles: TemporaryFileRegistry, announce: @escaping @Sendable () -> Void) {
        var sources: [any DispatchSourceSignal] = []
        let received = self.received
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                received.number.store(signalNumber, ordering: .sequentiallyConsistent)
                ExternalFilter.terminateAll()
                temporaryFiles.closeAndRemoveAll()
                announce()
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    /// Called when the work is over: if a signal is being handled, the work ended because of it
    /// (filters killed, jobs refused), so this waits for the handler to clean up and exit with
    /// the signal's status instead of letting the command exit 1 for the jobs it cut short.
    func awaitHandlerIfInterrupted() {
        guard received.number.load(ordering: .sequentiallyConsistent) != 0 else { return }
        while true { pause() }
    }

    /// Stops handling the signals (back to the default: terminate).
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}

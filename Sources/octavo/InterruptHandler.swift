import Dispatch
import Foundation
import Octavo

/// On Ctrl-C (SIGINT) or SIGTERM: remove the temporary files of outputs being written, say so,
/// and exit with 130 (or 143), so that an interrupted batch leaves no partial file.
final class InterruptHandler {
    private let sources: [any DispatchSourceSignal]

    init(temporaryFiles: TemporaryFileRegistry, announce: @escaping @Sendable () -> Void) {
        var sources: [any DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
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

    /// Stops handling the signals (back to the default: terminate).
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}

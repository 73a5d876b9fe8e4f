import Foundation
import Synchronization
import Octavo

/// On Ctrl-C (SIGINT) or SIGTERM: remove the temporary files of outputs being written, say so,
/// and exit with 130 (or 143), so that an interrupted batch leaves no partial file.
///
/// The signal handler only writes the signal's number into a pipe, which is all a handler may
/// safely do; a thread of its own, asleep on the pipe's other end, does the rest. Not a Dispatch
/// signal source: that starts libdispatch's manager and worker threads, which ran beside the
/// batch's first jobs and took processor time from them.
final class InterruptHandler {
    /// The signal being handled, or 0.
    private let received = ReceivedSignal()
    private let writeEnd: Int32

    private final class ReceivedSignal: Sendable {
        let number = Atomic<Int32>(0)
    }

    init(temporaryFiles: TemporaryFileRegistry, announce: @escaping @Sendable () -> Void) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            // Without a pipe (no descriptors left) the signals keep their default: terminate.
            writeEnd = -1
            return
        }
        // Not inherited by filters the batch starts.
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let (readEnd, received) = (ends[0], self.received)
        writeEnd = ends[1]
        let listener = Thread {
            defer { close(readEnd) }
            guard let signalNumber = Self.nextSignal(from: readEnd) else { return }
            received.number.store(signalNumber, ordering: .sequentiallyConsistent)
            ExternalFilter.terminateAll()
            temporaryFiles.closeAndRemoveAll()
            announce()
            exit(128 + signalNumber)
        }
        listener.name = "octavo-interrupts"
        listener.start()
        signalPipe.store(writeEnd, ordering: .sequentiallyConsistent)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = forwardSignal
        action.sa_flags = SA_RESTART
        sigemptyset(&action.sa_mask)
        for signalNumber in [SIGINT, SIGTERM] { sigaction(signalNumber, &action, nil) }
        // A parent may start this process with the signals blocked (Foundation's `Process`
        // passes on the mask of the thread that calls it, and libdispatch's threads block
        // them): unblocked here, on the thread that starts the workers, which inherit that.
        var signals = sigset_t()
        sigemptyset(&signals)
        for signalNumber in [SIGINT, SIGTERM] { sigaddset(&signals, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// The number of the next signal written into the pipe, or `nil` once it is closed.
    private static func nextSignal(from readEnd: Int32) -> Int32? {
        var byte: UInt8 = 0
        while true {
            let count = read(readEnd, &byte, 1)
            if count == 1 { return Int32(byte) }
            if count < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// Called when the work is over: if a signal is being handled, the work ended because of it
    /// (filters killed, jobs refused), so this waits for the handler to clean up and exit with
    /// the signal's status instead of letting the command exit 1 for the jobs it cut short.
    func awaitHandlerIfInterrupted() {
        guard received.number.load(ordering: .sequentiallyConsistent) != 0 else { return }
        while true { pause() }
    }

    /// Stops handling the signals (back to the default: terminate); the listening thread ends.
    func cancel() {
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        guard writeEnd >= 0 else { return }
        signalPipe.store(-1, ordering: .sequentiallyConsistent)
        close(writeEnd)
    }
}

/// Where ``forwardSignal(_:)`` writes: the pipe of the ``InterruptHandler`` in place, or -1.
private let signalPipe = Atomic<Int32>(-1)

/// The signal handler: one `write`, with `errno` kept for the code it interrupted.
private func forwardSignal(_ signalNumber: Int32) {
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: signalNumber)
    _ = write(signalPipe.load(ordering: .sequentiallyConsistent), &byte, 1)
    errno = savedErrno
}

import Foundation

/// Runs `body` on a fresh thread with a `stackSize`-byte stack and waits for it to finish.
///
/// The model's `Codable`, `Hashable` and `Equatable` conformances and the writers' walks recurse
/// once per nesting level. Readers bound that depth (`Limits.maxDepth`, at most 10,000 from the
/// CLI), but a process's main thread has 8 MB of stack and a secondary thread far less; the CLI
/// runs each conversion through this so that a document at the deepest allowed level converts.
///
///     let book = try withLargeStack { try converter.read(inputs, context: context) }
public func withLargeStack<T, E: Error>(stackSize: Int = largeStackSize, _ body: () throws(E) -> T) throws(E) -> T {
    let result: Result<T, E> = withoutActuallyEscaping(body) { escapable in
        let work = UncheckedBox<(() throws(E) -> T)?>(escapable)
        let outcome = UncheckedBox<Result<T, E>?>(nil)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.value = Result { () throws(E) -> T in try work.value!() }
            // Drop the closure before waking the caller: it must not outlive this call.
            work.value = nil
            finished.signal()
        }
        thread.stackSize = stackSize
        thread.name = "octavo-large-stack"
        thread.start()
        finished.wait()
        return outcome.value!
    }
    return try result.get()
}

/// Carries a value to the worker thread and back. Safe because the caller blocks until the
/// worker is done: the value is never touched by two threads at once.
private final class UncheckedBox<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}

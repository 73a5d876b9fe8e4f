/// Values the tool keeps until the process exits instead of freeing them.
///
/// A command's model is last used just before the process exits. Freeing it object by object
/// (the model of a 20 MB transcript: some 60 ms of `free`) is work the kernel does at once when
/// it unmaps the process, so `convert` and `inspect` hand their book here (as compilers keep
/// their syntax trees). Only for values whose last use is at exit: batch frees each job's model.
enum KeptUntilExit {
    static func keep<T>(_ value: T) {
        _ = Unmanaged.passRetained(Box(value))
    }

    private final class Box<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }
}

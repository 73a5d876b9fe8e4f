import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
/// destination's folder, which is flushed and then renamed to the destination's name.
public enum AtomicFile {
    /// Writes `data` to `path`. On any failure the destination is untouched and no temporary file
    /// remains. A destination that exists and is not a regular file (`/dev/stdout`, `/dev/full`,
    /// a pipe) is written in place, since it cannot be replaced.
    ///
    /// With a `registry`, the temporary file is registered while it exists (an interrupt removes
    /// it), and nothing is put in place once the registry is closed. With `durable` (the default)
    /// the bytes reach the disk (`fsync`) before they get the destination's name, so that even a
    /// power failure cannot leave an empty file; without it, no other process ever sees a partial
    /// file, at a fraction of the cost (batch outputs that can be rebuilt).
    public static func write(_ data: Data, to path: String, registry: TemporaryFileRegistry? = nil,
                             durable: Bool = true) throws {
        var status = stat()
        if lstat(path, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type != S_IFREG, type != S_IFLNK, type != S_IFDIR { return try writeInPlace(data, to: path) }
        }
        let temporary = temporaryName(for: path)
        try registry?.begin(temporary)
        defer { registry?.end(temporary) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT || errno == ENOTDIR ? "folder \(PathText.folder(path)) does not exist" : systemError()
            throw OctavoError.unwritable(file: path, reason: reason)
        }
        var failure = fill(descriptor, with: data, durable: durable)
        if close(descriptor) != 0, failure == nil { failure = systemError() }
        if failure == nil, registry?.isClosed == true { failure = "interrupted" }
        if failure == nil, rename(temporary, path) != 0 { failure = systemError() }
        if let failure {
            unlink(temporary)
            throw OctavoError.unwritable(file: path, reason: failure)
        }
    }

    /// `.NAME.octavo-RANDOM.tmp` beside `path`.
    private static func temporaryName(for path: String) -> String {
        let folder = PathText.folder(path)
        let random = String(UInt64.random(in: .min ... .max), radix: 36)
        return (folder == "/" ? "" : folder) + "/.\(PathText.lastComponent(path)).octavo-\(random).tmp"
    }

    /// Writes all of `data` to `descriptor`, then flushes it to the disk if `durable`; the error, if any.
    private static func fill(_ descriptor: Int32, with data: Data, durable: Bool) -> String? {
        var failure: String?
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count, failure == nil {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { failure = systemError() }
            }
        }
        if failure == nil, durable, fsync(descriptor) != 0 { failure = systemError() }
        return failure
    }

    private static func writeInPlace(_ data: Data, to path: String) throws {
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            throw OctavoError.unwritable(file: path, reason: describe(error))
        }
    }

    /// The message of the last system call's error (`No space left on device`).
    private static func systemError() -> String { String(cString: strerror(errno)) }

    private static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}

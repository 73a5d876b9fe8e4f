import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a file in the same
/// folder that has no name yet (Linux) or a temporary name, which becomes the destination's
/// name only once complete.
public enum AtomicFile {
    /// Writes `data` to `path`. On any failure the destination is untouched and no temporary file remains.
    /// A destination that exists and is not a regular file (`/dev/stdout`, `/dev/full`, a pipe)
    /// is written in place, since it cannot be replaced.
    ///
    /// With a `registry`, a temporary name is registered while it exists, and nothing is put in
    /// place if the registry was closed (an interrupt) meanwhile. With `durable` (the default) the
    /// bytes are flushed to the disk before they get the destination's name, so that even a power
    /// failure cannot leave an empty file; without it no other process still sees a partial file,
    /// at a fraction of the cost (batch outputs that can be rebuilt).
    public static func write(_ data: Data, to path: String, registry: TemporaryFileRegistry? = nil,
                             durable: Bool = true) throws {
        // One lstat (not FileManager's attribute dictionary): a batch writes hundreds of files.
        var status = stat()
        let exists = lstat(path, &status) == 0
        if exists {
            let type = status.st_mode & S_IFMT
            if type != S_IFREG, type != S_IFLNK, type != S_IFDIR { return try writeInPlace(data, to: path) }
        }
        if registry?.isClosed == true { throw OctavoError.unwritable(file: path, reason: "interrupted") }
        #if os(Linux)
        if try UnnamedFile.write(data, to: path, replacing: exists, registry: registry, durable: durable) { return }
        #endif
        try writeThroughTemporaryName(data, to: path, registry: registry, durable: durable)
    }

    /// Writes to `.NAME.octavo-RANDOM.tmp` beside `path`, then renames it over `path`.
    static func writeThroughTemporaryName(_ data: Data, to path: String, registry: TemporaryFileRegistry?,
                                          durable: Bool) throws {
        let temporary = temporaryName(for: path)
        try registry?.begin(temporary)
        defer { registry?.end(temporary) }
        do {
            // One `open` that creates the file (FileManager.createFile would write an empty file
            // through a temporary of its own: two more entries made and renamed in the folder).
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw openError(for: path) }
            var failure = fill(descriptor, with: data, durable: durable)
            if close(descriptor) != 0, failure == nil { failure = systemError() }
            if let failure { throw OctavoError.unwritable(file: path, reason: failure) }
            if registry?.isClosed == true {
                throw OctavoError.unwritable(file: path, reason: "interrupted")
            }
            if rename(temporary, path) != 0 {
                throw OctavoError.unwritable(file: path, reason: systemError())
            }
        } catch let error as OctavoError {
            unlink(temporary)
            throw error
        }
    }

    /// A name beside `path` for its bytes until they are complete. The random part comes from
    /// the system generator (`getrandom`), not UUID's /dev/urandom.
    static func temporaryName(for path: String) -> String {
        let folder = PathText.folder(path)
        let random = String(UInt64.random(in: .min ... .max), radix: 36)
        return (folder == "/" ? "" : folder) + "/.\(PathText.lastComponent(path)).octavo-\(random).tmp"
    }

    /// Writes all of `data` to `descriptor` and flushes it to the disk if `durable`; the error, if any.
    static func fill(_ descriptor: Int32, with data: Data, durable: Bool) -> String? {
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

    /// The error for a file in `path`'s folder that could not be created.
    static func openError(for path: String) -> OctavoError {
        let reason = errno == ENOENT || errno == ENOTDIR ? "folder \(PathText.folder(path)) does not exist" : systemError()
        return OctavoError.unwritable(file: path, reason: reason)
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
    static func systemError() -> String { String(cString: strerror(errno)) }

    private static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}

import Foundation

/// Writes files so that a reader never sees half of one: bytes go to a temporary file in the
/// same folder, which is renamed over the destination only once complete.
public enum AtomicFile {
    /// Writes `data` to `path`. On any failure the destination is untouched and no temporary file remains.
    /// A destination that exists and is not a regular file (`/dev/stdout`, `/dev/full`, a pipe)
    /// is written in place, since it cannot be replaced.
    ///
    /// With a `registry`, the temporary file is registered while it exists, and is removed
    /// instead of renamed if the registry was closed (an interrupt) meanwhile. With `durable`
    /// (the default) the bytes are flushed to the disk before the rename, so that even a power
    /// failure cannot leave an empty file; without it the rename still hides partial files from
    /// every other process, at a fraction of the cost (batch outputs that can be rebuilt).
    public static func write(_ data: Data, to path: String, registry: TemporaryFileRegistry? = nil,
                             durable: Bool = true) throws {
        // One lstat (not FileManager's attribute dictionary): a batch writes hundreds of files.
        var status = stat()
        if lstat(path, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type != S_IFREG, type != S_IFLNK, type != S_IFDIR { return try writeInPlace(data, to: path) }
        }
        let folder = PathText.folder(path)
        // The random part comes from the system generator (`getrandom`), not UUID's /dev/urandom.
        let random = String(UInt64.random(in: .min ... .max), radix: 36)
        let temporary = (folder == "/" ? "" : folder) + "/.\(PathText.lastComponent(path)).octavo-\(random).tmp"
        try registry?.begin(temporary)
        defer { registry?.end(temporary) }
        do {
            // One `open` that creates the file (FileManager.createFile would write an empty file
            // through a temporary of its own: two more entries made and renamed in the folder,
            // which parallel batch jobs writing into one folder wait on).
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else {
                let reason = errno == ENOENT || errno == ENOTDIR ? "folder \(folder) does not exist" : Self.systemError()
                throw OctavoError.unwritable(file: path, reason: reason)
            }
            var failure: String?
            data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var offset = 0
                while offset < bytes.count, failure == nil {
                    let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { failure = Self.systemError() }
                }
            }
            if failure == nil, durable, fsync(descriptor) != 0 { failure = Self.systemError() }
            if close(descriptor) != 0, failure == nil { failure = Self.systemError() }
            if let failure { throw OctavoError.unwritable(file: path, reason: failure) }
            if registry?.isClosed == true {
                throw OctavoError.unwritable(file: path, reason: "interrupted")
            }
            if rename(temporary, path) != 0 {
                throw OctavoError.unwritable(file: path, reason: String(cString: strerror(errno)))
            }
        } catch let error as OctavoError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw OctavoError.unwritable(file: path, reason: Self.describe(error))
        }
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

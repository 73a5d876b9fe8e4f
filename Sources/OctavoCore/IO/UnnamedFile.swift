#if os(Linux)
import Glibc
import Foundation

/// Linux's way to write a file atomically: the bytes go into a file that has no name
/// (`O_TMPFILE` in the destination's folder), which is linked in under its name once complete.
///
/// Until then there is no name to be seen, nor to be left behind by a crash or `kill -9`: the
/// system frees a nameless file when it is closed. And the file is made outside the folder's
/// lock, which creating a named file holds while the file system looks for a free inode (long
/// on a busy disk), so parallel jobs writing into one folder no longer take turns.
enum UnnamedFile {
    /// Writes `data` to `path`; false when the file system or the system cannot (no `O_TMPFILE`,
    /// no `/proc`), and nothing was changed. A destination that exists (`replacing`) is linked
    /// in under a temporary name and renamed over it, since a link never replaces.
    static func write(_ data: Data, to path: String, replacing: Bool, registry: TemporaryFileRegistry?,
                      durable: Bool) throws -> Bool {
        let descriptor = open(PathText.folder(path), openFlags, 0o666)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw AtomicFile.openError(for: path) }
            return false   // EOPNOTSUPP (the file system), EISDIR (kernels before 3.11)
        }
        defer { close(descriptor) }
        if let failure = AtomicFile.fill(descriptor, with: data, durable: durable) {
            throw OctavoError.unwritable(file: path, reason: failure)
        }
        if registry?.isClosed == true { throw OctavoError.unwritable(file: path, reason: "interrupted") }
        // The open file as a path: `linkat` with AT_EMPTY_PATH would need a privilege.
        let handle = "/proc/self/fd/\(descriptor)"
        if !replacing {
            if linkat(AT_FDCWD, handle, AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 { return true }
            if errno != EEXIST { return try cannotLink(path) }
        }
        let temporary = AtomicFile.temporaryName(for: path)
        try registry?.begin(temporary)
        defer { registry?.end(temporary) }
        guard linkat(AT_FDCWD, handle, AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 else { return try cannotLink(path) }
        guard rename(temporary, path) == 0 else {
            let error = OctavoError.unwritable(file: path, reason: AtomicFile.systemError())
            unlink(temporary)
            throw error
        }
        return true
    }

    /// `O_TMPFILE | O_WRONLY | O_CLOEXEC`. Swift does not import glibc's `O_TMPFILE` (a macro
    /// of macros); its value, `__O_TMPFILE | O_DIRECTORY`, is the same on x86-64 and ARM.
    private static let openFlags: Int32 = 0o20000000 | O_DIRECTORY | O_WRONLY | O_CLOEXEC

    /// After a failed `linkat`: false (write another way) when `/proc` is missing, else the error.
    private static func cannotLink(_ path: String) throws -> Bool {
        if errno == ENOENT || errno == EACCES || errno == EPERM { return false }
        throw OctavoError.unwritable(file: path, reason: AtomicFile.systemError())
    }
}
#endif

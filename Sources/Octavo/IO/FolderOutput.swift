import Foundation

/// Writes the output of a writer that makes a folder (``DocumentWriter/writesFolder``) so that
/// nobody sees half of it: the writer fills a new folder inside a private staging folder beside
/// the destination, and only a complete, checked folder is moved to the destination's name.
///
/// A destination that does not exist appears complete, by one rename. An existing folder is
/// replaced as a whole (its old files do not survive) by two renames: for that instant the name
/// is free, but no mix of old and new files is ever seen. A file in the way is refused, as is
/// the folder you are working in or one of its parents.
public enum FolderOutput {
    /// Has `writer` write `book` into a staging folder and moves the result to `path`. On any
    /// failure the destination is untouched and the staging folder is removed.
    ///
    /// With a `registry`, the staging folder is registered while it exists (an interrupt removes
    /// it), and nothing is put in place once the registry is closed.
    public static func write(_ book: Book, with writer: any DocumentWriter, to path: String,
                             context: ConversionContext, registry: TemporaryFileRegistry? = nil) throws {
        let destination = URL(fileURLWithPath: path).standardizedFileURL.path
        try checkDestination(destination, shown: path)
        let staging = PathText.folder(destination) + "/.\(PathText.lastComponent(destination)).octavo-"
            + String(UInt64.random(in: .min ... .max), radix: 36) + ".tmp"
        try registry?.begin(staging)
        defer {
            try? FileManager.default.removeItem(atPath: staging)
            registry?.end(staging)
        }
        guard mkdir(staging, 0o700) == 0 else {
            let reason = errno == ENOENT || errno == ENOTDIR ? "folder \(PathText.folder(destination)) does not exist" : systemError()
            throw OctavoError.unwritable(file: path, reason: reason)
        }
        let folder = staging + "/" + PathText.lastComponent(destination)
        guard mkdir(folder, 0o755) == 0 else { throw OctavoError.unwritable(file: path, reason: systemError()) }
        try writer.write(book, into: folder, context: context)
        if registry?.isClosed == true { throw OctavoError.unwritable(file: path, reason: "interrupted") }
        try commit(folder, to: destination, shown: path)
    }

    /// Refuses a destination that is a file, or that holds the working folder.
    private static func checkDestination(_ destination: String, shown: String) throws {
        var status = stat()
        guard lstat(destination, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw OctavoError.unwritable(file: shown, reason: "it is a file, and this writer's output is a folder")
        }
        let working = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
        let target = URL(fileURLWithPath: destination).resolvingSymlinksInPath().path
        if target == "/" || working == target || working.hasPrefix(target + "/") {
            throw OctavoError.unwritable(file: shown, reason: "refusing to replace the folder you are working in")
        }
    }

    /// Moves the finished `folder` to `destination`; an old folder there ends up in the staging
    /// folder, removed with it.
    private static func commit(_ folder: String, to destination: String, shown: String) throws {
        if rename(folder, destination) == 0 { return }
        guard errno == EEXIST || errno == ENOTEMPTY else { throw OctavoError.unwritable(file: shown, reason: systemError()) }
        // The old folder moves aside into the staging folder, the new one takes its name; should
        // that fail, the old one moves back.
        let aside = PathText.folder(folder) + "/.previous"
        guard rename(destination, aside) == 0 else { throw OctavoError.unwritable(file: shown, reason: systemError()) }
        if rename(folder, destination) != 0 {
            let reason = systemError()
            rename(aside, destination)
            throw OctavoError.unwritable(file: shown, reason: reason)
        }
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }
}

import Foundation

/// Checks a folder that a program wrote before it becomes an output: only regular files and
/// folders, within limits, nothing written beside it. A program can write anything where it is
/// allowed to; these checks keep its mistakes (or worse) out of the user's files.
///
/// Refused: a symbolic link (wherever it points), a hard link (a file with other names, possibly
/// outside), a device, pipe or socket; a name that is not UTF-8 text or holds a control
/// character; more than ``maxEntries`` entries or folders deeper than ``maxDepth``; files that add
/// up to more than the byte limit; an empty folder; and anything beside the folder in its private
/// staging folder (a path with `..` that climbed out).
enum FolderOutputCheck {
    /// Files and folders one output may hold.
    static let maxEntries = 10_000
    /// Folders within folders one output may hold.
    static let maxDepth = 32

    /// Why the folder cannot be an output, in a few words.
    struct Problem: Error, Equatable {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// Checks `folder`, the only entry its parent (a private staging folder) should have, against
    /// `maxBytes` for all its files together.
    static func check(_ folder: String, maxBytes: Int) throws(Problem) {
        let parent = PathText.folder(folder), name = PathText.lastComponent(folder)
        let strays = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { $0 != name }.sorted()
        if let stray = strays.first { throw Problem("wrote outside its folder: '../\(stray)'") }
        var tally = Tally()
        try walk(folder, relative: "", depth: 1, tally: &tally, maxBytes: maxBytes)
        if tally.files == 0 { throw Problem("wrote no file into its folder") }
    }

    private struct Tally {
        var entries = 0
        var files = 0
        var bytes = 0
    }

    private static func walk(_ folder: String, relative: String, depth: Int, tally: inout Tally, maxBytes: Int) throws(Problem) {
        if depth > maxDepth { throw Problem("'\(relative)' is more than \(maxDepth) folders deep") }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw Problem("cannot list '\(relative.isEmpty ? "." : relative)'")
        }
        for name in names {
            let shown = relative.isEmpty ? name : relative + "/" + name
            guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{FFFD}" }) else {
                throw Problem("the name \(shown.debugDescription) is not plain text")
            }
            tally.entries += 1
            if tally.entries > maxEntries { throw Problem("wrote more than \(maxEntries) files and folders") }
            let path = folder + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else { throw Problem("cannot read '\(shown)'") }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                try walk(path, relative: shown, depth: depth + 1, tally: &tally, maxBytes: maxBytes)
            case S_IFREG:
                if status.st_nlink > 1 { throw Problem("'\(shown)' is a hard link (a file with other names)") }
                tally.files += 1
                let (sum, overflow) = tally.bytes.addingReportingOverflow(Int(status.st_size))
                if overflow || sum > maxBytes { throw Problem("wrote more than \(maxBytes) bytes ('\(shown)' is \(status.st_size))") }
                tally.bytes = sum
            case S_IFLNK:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                throw Problem("'\(shown)' is a symbolic link (to '\(target)'); write the file itself")
            default:
                throw Problem("'\(shown)' is not a regular file or folder")
            }
        }
    }
}

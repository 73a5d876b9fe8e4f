import Foundation

/// The entries of one folder and which of them are folders, from one read of the folder: the
/// system says each entry's type as it lists it (`d_type`), so a batch planner need not `lstat`
/// every file it finds. Hidden entries (`.name`) are left out; links are not folders.
struct FolderListing {
    var files: [String] = []
    var folders: [String] = []

    /// Lists `path`; nil when it cannot be read.
    init?(_ path: String) {
        guard let stream = opendir(path) else { return nil }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): folders.append(name)
            // File systems that do not say (`DT_UNKNOWN`) cost one `lstat`.
            case Int32(DT_UNKNOWN) where BatchPlanner.isDirectory(path + "/" + name, followingLinks: false):
                folders.append(name)
            default: files.append(name)
            }
        }
    }
}

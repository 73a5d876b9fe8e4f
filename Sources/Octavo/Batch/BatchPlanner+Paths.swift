import Foundation

/// What every job of a folder or manifest entry shares: formats, options, filters and globs.
public struct BatchTemplate: Sendable {
    public var from: String?
    public var to: String
    public var options: ConversionOptions
    public var filters: [String]
    public var include: [Glob]
    public var exclude: [Glob]

    public init(from: String? = nil, to: String, options: ConversionOptions = .init(), filters: [String] = [],
                include: [Glob] = [], exclude: [Glob] = []) {
        self.from = from
        self.to = to
        self.options = options
        self.filters = filters
        self.include = include
        self.exclude = exclude
    }
}

extension BatchPlanner {
    /// Refuses plans where two jobs write the same file or a job would overwrite its input.
    static func checkOutputs(_ jobs: [BatchJob]) throws {
        var owners: [String: String] = [:]
        var folders = CanonicalFolders()
        for job in jobs {
            let (output, exists) = resolve(job.output, folders: &folders)
            if let other = owners[output] {
                throw OctavoError.usage("\(other) and \(job.key) would both be written to \(job.output)")
            }
            owners[output] = job.key
            // An output that does not exist yet is none of the files the job reads (a fresh
            // output folder, as in CI, then costs no resolving of the inputs' paths).
            guard exists else { continue }
            if job.inputs.contains(where: { resolve($0, folders: &folders).path == output }) {
                throw OctavoError.usage("output \(job.output) is also an input; refusing to overwrite it")
            }
        }
    }

    /// `relative` under `folder`; an absolute path or a web URL stays as it is.
    static func join(_ folder: String, _ relative: String) -> String {
        if relative.isEmpty { return folder }
        if relative.hasPrefix("/") || WebInputs.isURL(relative) || folder.isEmpty || folder == "." { return relative }
        return folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    /// `a/b.md` → `a/b.html`; a name without extension gets one; an empty `ext` drops it (`a/b`).
    static func replacingExtension(of path: String, with ext: String) -> String {
        let name = PathText.lastComponent(path)
        let old = PathText.pathExtension(name)
        let stem = old.isEmpty ? name : String(name.dropLast(old.count + 1))
        let folder = path.hasSuffix(name) ? String(path.dropLast(name.count)) : path + "/"
        return folder + stem + (ext.isEmpty ? "" : "." + ext)
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The working folder and the folders resolved so far (and whether they exist), for
    /// ``resolve(_:folders:)``.
    struct CanonicalFolders {
        let working = FileManager.default.currentDirectoryPath
        var resolved: [String: (path: String, exists: Bool)] = [:]
    }

    /// ``canonical(_:)`` of `path`, and whether anything is there (a dangling link counts), with
    /// the folders resolved so far remembered: the files of one folder then cost one `lstat` each
    /// instead of one per path component (a batch has hundreds), and none in a folder that does
    /// not exist (a fresh output folder).
    static func resolve(_ path: String, folders: inout CanonicalFolders) -> (path: String, exists: Bool) {
        let full = PathText.standardized(path, in: folders.working)
        let folder = PathText.folder(full), name = PathText.lastComponent(full)
        let known = folders.resolved[folder] ?? (canonical(folder), isDirectory(folder, followingLinks: true))
        folders.resolved[folder] = known
        let joined = known.path == "/" ? "/" + name : known.path + "/" + name
        guard known.exists else { return (joined, false) }
        var info = stat()
        guard lstat(full, &info) == 0 else { return (joined, false) }
        return ((info.st_mode & S_IFMT) == S_IFLNK ? canonical(full) : joined, true)
    }

    /// One `stat` (or `lstat`, for which a link is never a folder).
    static func isDirectory(_ path: String, followingLinks: Bool) -> Bool {
        var info = stat()
        let found = followingLinks ? stat(path, &info) : lstat(path, &info)
        return found == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}

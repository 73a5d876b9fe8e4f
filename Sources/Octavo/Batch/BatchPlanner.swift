import Foundation

/// Turns files and folders into jobs whose outputs mirror the input tree under an output folder.
///
///     let planner = BatchPlanner(outputFolder: "build", template: .init(to: "html"))
///     let jobs = try planner.plan(["docs", "README.md"])   // docs/a/b.md → build/a/b.html
///
/// A folder is searched recursively (hidden files and the output folder are skipped). Without
/// `include` globs, a file is taken when a registered reader claims its extension; `exclude`
/// globs remove files again. Symbolic links to files are taken (a dangling one fails as a job).
public struct BatchPlanner: Sendable {
    public var registry: FormatRegistry
    public var outputFolder: String
    public var template: BatchTemplate

    public init(registry: FormatRegistry = .standard, outputFolder: String, template: BatchTemplate) {
        self.registry = registry
        self.outputFolder = outputFolder
        self.template = template
    }

    /// One job per file found under `paths`, in path order.
    public func plan(_ paths: [String]) throws -> [BatchJob] {
        var jobs: [BatchJob] = []
        for path in paths {
            jobs += try plan(path, into: outputFolder)
        }
        try Self.checkOutputs(jobs)
        return jobs
    }

    /// The jobs for one file or folder, with outputs under `folder`.
    func plan(_ path: String, into folder: String) throws -> [BatchJob] {
        let writer = try writer()
        // A folder output without a declared extension is named after its input alone.
        let ext = writer.format.extensions.first ?? (writer.writesFolder ? "" : writer.format.name)
        if WebInputs.isURL(path) { return [job([path], output: Self.join(folder, WebInputs.outputName(for: path, extension: ext)))] }
        if Self.isDirectory(path, followingLinks: true) {
            return try files(under: path).map { relative in
                job([Self.join(path, relative)], output: Self.join(folder, Self.replacingExtension(of: relative, with: ext)))
            }
        }
        guard FileManager.default.fileExists(atPath: path) || Self.isSymbolicLink(path) else {
            throw OctavoError.usage("no such file or folder: \(path)")
        }
        let name = PathText.lastComponent(path)
        return [job([path], output: Self.join(folder, Self.replacingExtension(of: name, with: ext)))]
    }

    /// A job with this planner's template.
    func job(_ inputs: [String], output: String) -> BatchJob {
        BatchJob(inputs: inputs, output: output, from: template.from, to: template.to,
                 options: template.options, filters: template.filters)
    }

    func writer() throws -> any DocumentWriter {
        guard let writer = registry.writer(named: template.to) else {
            throw OctavoError.unknownFormat(template.to, role: "output")
        }
        return writer
    }

    /// The files under `root` the globs select, as sorted relative paths.
    func files(under root: String) throws -> [String] {
        let skipped = Self.canonical(outputFolder)
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = Self.join(root, relative)
            guard let listing = FolderListing(folder) else {
                throw OctavoError.unreadable(file: folder, reason: "cannot list folder")
            }
            let prefix = relative.isEmpty ? "" : relative + "/"
            for name in listing.folders where Self.canonical(Self.join(root, prefix + name)) != skipped {
                pending.append(prefix + name)
            }
            found += listing.files.lazy.map { prefix + $0 }.filter(selects)
        }
        return found.sorted()
    }

    /// Whether a file at `relative` (inside a searched folder) is taken.
    func selects(_ relative: String) -> Bool {
        if template.exclude.contains(where: { $0.matches(relative) }) { return false }
        if !template.include.isEmpty { return template.include.contains { $0.matches(relative) } }
        let ext = PathText.pathExtension(relative)
        if let from = template.from, let reader = registry.reader(named: from) {
            return reader.format.extensions.contains(ext.lowercased())
        }
        return !ext.isEmpty && registry.reader(forExtension: ext) != nil
    }
}

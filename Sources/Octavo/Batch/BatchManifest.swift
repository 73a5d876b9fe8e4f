import Foundation
import Yams

/// A batch described in a file (`octavo.yml`): shared defaults and a list of jobs.
///
/// ```yaml
/// output: build                   # the output folder (`--output` wins)
/// defaults: {to: html, standalone: true, filters: [filters/drop-images.py]}
/// jobs:
///   - input: docs                 # a folder: every file under it, mirrored under build/
///     exclude: ["drafts/**"]
///   - input: notes/release.md     # one file, here to text
///     to: text
///     output: release-notes.txt
///   - inputs: [book/01.md, book/02.md]   # a compilation into one output
///     title: The Handbook
///     authors: [Ada Lovelace]
///     cover: book/cover.png
///     css: book/book.css
///     to: epub
///     output: handbook.epub
/// ```
///
/// Paths are relative to the manifest's folder; outputs are relative to the output folder.
public struct BatchManifest: Sendable {
    /// One entry of `jobs`.
    public struct Entry: Sendable {
        /// A file or folder (single conversions).
        public var input: String?
        /// Files compiled, in order, into one output.
        public var inputs: [String]
        /// The output file (folder for a folder input), relative to the output folder.
        public var output: String?
        public var settings: ManifestSettings
        /// Where the entry starts in the manifest.
        public var line: Int?
    }

    /// The manifest file.
    public var path: String
    /// `output:`, resolved against the manifest's folder.
    public var outputFolder: String?
    public var defaults: ManifestSettings
    public var entries: [Entry]

    /// The folder relative paths in the manifest start from.
    public var folder: String { URL(fileURLWithPath: path).deletingLastPathComponent().path }

    /// Reads and checks a manifest; any problem is a usage error naming the file and line.
    public static func load(_ path: String) throws -> BatchManifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OctavoError.usage("\(path): cannot read the manifest")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: String(decoding: data, as: UTF8.self))
        } catch {
            throw OctavoError.usage("\(path): not valid YAML: \(error)")
        }
        return try ManifestParser(path: path).manifest(from: node)
    }

    /// Every job of the manifest, on top of `base` (the command line's formats, options and filters).
    public func jobs(base: BatchTemplate, outputFolder: String, registry: FormatRegistry = .standard) throws -> [BatchJob] {
        var jobs: [BatchJob] = []
        for entry in entries {
            var template = base
            defaults.apply(to: &template, relativeTo: folder)
            entry.settings.apply(to: &template, relativeTo: folder)
            let planner = BatchPlanner(registry: registry, outputFolder: outputFolder, template: template)
            let target = entry.output.map { BatchPlanner.join(outputFolder, $0) }
            if let input = entry.input {
                let resolved = BatchPlanner.join(folder, input)
                if let target, !BatchPlanner.isDirectory(resolved, followingLinks: true) {
                    jobs.append(planner.job([resolved], output: target))
                } else {
                    jobs += try planner.plan(resolved, into: target ?? outputFolder)
                }
            } else {
                guard let target else {
                    throw OctavoError.usage("\(path):\(entry.line ?? 0): a compilation (inputs:) needs an output")
                }
                _ = try planner.writer()
                jobs.append(planner.job(entry.inputs.map { BatchPlanner.join(folder, $0) }, output: target))
            }
        }
        try BatchPlanner.checkOutputs(jobs)
        return jobs
    }
}

import Foundation
import Octavo

/// The jobs `octavo batch` was asked for: from folders and files, or from a manifest, then sharded.
struct BatchPlan {
    var jobs: [BatchJob]
    var outputFolder: String

    init(command: BatchCommand, registry: FormatRegistry) throws {
        let flags = command.flags
        let options = flags.options()
        let base = BatchTemplate(from: flags.from, to: command.to ?? "html", options: options,
                                 filters: flags.filters, include: command.include.map(Glob.init),
                                 exclude: command.exclude.map(Glob.init))
        if let manifestPath = try Self.manifestPath(command) {
            let manifest = try BatchManifest.load(manifestPath)
            guard let folder = command.output ?? manifest.outputFolder else {
                throw OctavoError.usage("no output folder: give --output or 'output:' in \(manifestPath)")
            }
            outputFolder = folder
            jobs = try manifest.jobs(base: base, outputFolder: folder, registry: registry)
        } else {
            guard let folder = command.output else { throw OctavoError.usage("batch needs an output folder (--output DIR)") }
            outputFolder = folder
            jobs = try BatchPlanner(registry: registry, outputFolder: folder, template: base)
                .plan(try flags.fetch.inputs(command.inputs))
        }
        if let shard = command.shard { jobs = shard.select(jobs) }
    }

    /// The manifest to read: `--manifest`, a lone `.yml`/`.yaml` argument, or `./octavo.yml` when
    /// nothing is given.
    private static func manifestPath(_ command: BatchCommand) throws -> String? {
        if let manifest = command.manifest { return manifest }
        if command.inputs.count == 1, ["yml", "yaml"].contains(URL(fileURLWithPath: command.inputs[0]).pathExtension) {
            return command.inputs[0]
        }
        if command.inputs.isEmpty {
            if FileManager.default.fileExists(atPath: "octavo.yml") { return "octavo.yml" }
            throw OctavoError.usage("no input given (folders, files, or an octavo.yml manifest)")
        }
        return nil
    }
}

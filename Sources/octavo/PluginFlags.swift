import ArgumentParser
import Octavo

/// Where format plug-ins are looked for and whether they win over built-in formats of the same
/// name; shared by every command that looks formats up.
struct PluginFlags: ParsableArguments {
    @Option(name: .customLong("plugin-path"),
            help: "A folder to look for octavo-reader-NAME / octavo-writer-NAME plug-ins in first; repeatable.")
    var pluginPaths: [String] = []

    @Flag(help: "Use a plug-in rather than the built-in format of the same name.")
    var preferPlugins = false

    /// The built-in formats and the plug-ins found, with the discovery's warnings printed
    /// (unless `quiet`). No plug-in is run here.
    func registry(quiet: Bool) -> FormatRegistry {
        let catalog = PluginCatalog.discover(in: PluginCatalog.searchFolders(pluginPaths: pluginPaths))
        let registration = FormatRegistry.standard.adding(catalog, preferPlugins: preferPlugins)
        if !quiet {
            for warning in catalog.warnings + registration.warnings { Terminal.note("octavo: warning: \(warning)") }
        }
        return registration.registry
    }
}

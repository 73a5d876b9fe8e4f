/// What adding plug-ins to a registry made and the conflicts it found.
public struct PluginRegistration: Sendable {
    public var registry: FormatRegistry
    /// One line per plug-in whose name is also a built-in format's, saying which one is used.
    public var warnings: [String]
}

extension FormatRegistry {
    /// This registry with the catalog's plug-ins as readers and writers beside its own formats.
    ///
    /// A format of the same name already here wins unless `preferPlugins`; either way the
    /// conflict is reported. The plug-ins are placed so that a lookup this registry's own formats
    /// answer (by name or extension) never asks a plug-in to describe itself; with
    /// `preferPlugins` they are asked first.
    public func adding(_ catalog: PluginCatalog, preferPlugins: Bool = false) -> PluginRegistration {
        var plugins = FormatRegistry(), warnings: [String] = []
        for program in catalog.programs {
            let builtIn: Bool
            switch program.role {
            case .reader:
                plugins.register(reader: PluginReader(program: program))
                builtIn = readers.contains { $0.formatName == program.name }
            case .writer:
                plugins.register(writer: PluginWriter(program: program))
                builtIn = writers.contains { $0.formatName == program.name }
            }
            if builtIn {
                warnings.append("plug-in \(program.programName) (\(program.path)) has the name of a built-in \(program.role.rawValue); "
                    + (preferPlugins ? "the plug-in is used (--prefer-plugins)" : "the built-in is used (--prefer-plugins uses the plug-in)"))
            }
        }
        var merged = preferPlugins ? self : plugins
        let later = preferPlugins ? plugins : self
        for reader in later.readers { merged.register(reader: reader) }
        for writer in later.writers { merged.register(writer: writer) }
        return PluginRegistration(registry: merged, warnings: warnings)
    }
}

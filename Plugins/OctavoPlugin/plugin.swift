import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory octavo <subcommand> …` runs the package's
/// own `octavo` executable with the given arguments, from the package folder. It has no
/// conversion logic of its own.
///
/// Format plug-ins the package ships as executable products (`octavo-reader-NAME`,
/// `octavo-writer-NAME`) are built first and their folder put at the front of
/// `OCTAVO_PLUGIN_PATH`, so `octavo` finds them by its usual rule.
@main
struct OctavoPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "octavo")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = arguments
        process.currentDirectoryURL = context.package.directoryURL
        var environment = ProcessInfo.processInfo.environment
        let folders = try buildFormatPlugins(context.package)
        if !folders.isEmpty {
            environment["OCTAVO_PLUGIN_PATH"] = (folders + [environment["OCTAVO_PLUGIN_PATH"]].compactMap { $0 })
                .joined(separator: ":")
        }
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("octavo \(arguments.first ?? "") exited with status \(process.terminationStatus)")
            throw ExitStatus(code: process.terminationStatus)
        }
    }

    /// Builds the package's format plug-in products; the folders they were built into.
    private func buildFormatPlugins(_ package: Package) throws -> [String] {
        var folders: [String] = []
        for product in package.products where product is ExecutableProduct
            && (product.name.hasPrefix("octavo-reader-") || product.name.hasPrefix("octavo-writer-")) {
            let result = try packageManager.build(.product(product.name), parameters: .init())
            guard result.succeeded else {
                Diagnostics.error("could not build the format plug-in \(product.name):\n\(result.logText)")
                throw ExitStatus(code: 1)
            }
            for artifact in result.builtArtifacts where artifact.kind == .executable {
                let folder = artifact.url.deletingLastPathComponent().path
                if !folders.contains(folder) { folders.append(folder) }
            }
        }
        return folders
    }
}

/// The tool's exit status, passed on so that CI sees the failure.
struct ExitStatus: Error, CustomStringConvertible {
    let code: Int32
    var description: String { "octavo exited with status \(code)" }
}

import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory octavo <subcommand> …` runs the package's
/// own `octavo` executable with the given arguments, from the package folder. It has no
/// conversion logic of its own.
@main
struct OctavoPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "octavo")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("octavo \(arguments.first ?? "") exited with status \(process.terminationStatus)")
            throw ExitStatus(code: process.terminationStatus)
        }
    }
}

/// The tool's exit status, passed on so that CI sees the failure.
struct ExitStatus: Error, CustomStringConvertible {
    let code: Int32
    var description: String { "octavo exited with status \(code)" }
}

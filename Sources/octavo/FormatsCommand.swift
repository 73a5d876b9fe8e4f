import ArgumentParser
import Octavo

/// `octavo formats`: the registered readers and writers, built-in formats first, then the
/// plug-ins found (each run with `--describe`, which is what this command is for).
struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "formats", abstract: "List the readers and writers.")

    @OptionGroup var plugins: PluginFlags

    func run() throws {
        let registry = plugins.registry(quiet: false)
        print("Readers (-f):")
        for line in Self.lines(registry.readers.map { ($0.format, ($0 as? PluginReader)?.program) }) { print(line) }
        print("Writers (-t):")
        for line in Self.lines(registry.writers.map { ($0.format, ($0 as? PluginWriter)?.program) }) { print(line) }
    }

    /// One line per format: built-ins in registration order, then plug-ins. A plug-in that
    /// cannot describe itself is listed as unusable and warned about.
    private static func lines(_ formats: [(FormatDescription, PluginProgram?)]) -> [String] {
        let builtIns = formats.filter { $0.1 == nil }.map { line($0.0) }
        var plugins: [String] = []
        for case let (format, program?) in formats {
            // A program that cannot be run was reported when it was found.
            if program.defect == nil, case let .failure(error) = Result(catching: { () throws(OctavoError) in try program.describe() }) {
                Terminal.note("octavo: warning: \(error.description)")
            }
            var summary = format.summary
            if !format.mediaTypes.isEmpty { summary += " [" + format.mediaTypes.joined(separator: ", ") + "]" }
            plugins.append(line(format, summary: summary + " (plug-in: \(program.path))"))
        }
        return builtIns + plugins
    }

    private static func line(_ format: FormatDescription, summary: String? = nil) -> String {
        var names = format.name
        if !format.aliases.isEmpty { names += " (" + format.aliases.joined(separator: ", ") + ")" }
        let extensions = format.extensions.map { "." + $0 }.joined(separator: " ")
        return "  " + names.padding(toLength: 24, withPad: " ", startingAt: 0)
            + extensions.padding(toLength: 22, withPad: " ", startingAt: 0) + (summary ?? format.summary)
    }
}

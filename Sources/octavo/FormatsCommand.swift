import ArgumentParser
import Octavo

/// `octavo formats`: the registered readers and writers.
struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "formats", abstract: "List the readers and writers.")

    func run() throws {
        let registry = FormatRegistry.standard
        print("Readers (-f):")
        for reader in registry.readers { print(Self.line(reader.format)) }
        print("Writers (-t):")
        for writer in registry.writers { print(Self.line(writer.format)) }
    }

    private static func line(_ format: FormatDescription) -> String {
        var names = format.name
        if !format.aliases.isEmpty { names += " (" + format.aliases.joined(separator: ", ") + ")" }
        let extensions = format.extensions.map { "." + $0 }.joined(separator: " ")
        return "  " + names.padding(toLength: 24, withPad: " ", startingAt: 0)
            + extensions.padding(toLength: 22, withPad: " ", startingAt: 0) + format.summary
    }
}

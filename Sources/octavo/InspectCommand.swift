import ArgumentParser
import Foundation
import Octavo

/// `octavo inspect`: the model a reader makes of the inputs, as JSON.
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print the document model read from the inputs as JSON (docs/model-json.md).")

    @Argument(help: "Input files, http(s) URLs, or '-' for standard input.")
    var inputs: [String] = []

    @Flag(help: "Print an indented tree, one node a line, instead of JSON.")
    var tree = false

    @OptionGroup var flags: ConversionFlags
    @OptionGroup var plugins: PluginFlags

    func validate() throws {
        if inputs.isEmpty && flags.fetch.inputsFile == nil { throw ValidationError("no input given (use '-' for standard input)") }
    }

    func run() async throws {
        let converter = Converter(registry: plugins.registry(quiet: flags.quiet),
                                  transforms: flags.externalFilters(targetFormat: "json"))
        let context = ConversionContext(options: flags.options())
        let book = try await flags.readBook(inputs, converter: converter, context: context, embedsImages: false)
        let data = try await ConversionThreads.run { [tree] in
            Result { tree ? Data(book.documents.map(TreeDump.dump).joined(separator: "\n").utf8)
                : try ModelJSONWriter().write(book, context: context) }
        }.get()
        Terminal.report(context.diagnostics, verbose: flags.verbose, quiet: flags.quiet)
        Terminal.output(data)
    }
}

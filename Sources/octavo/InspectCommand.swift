import ArgumentParser
import Octavo

/// `octavo inspect`: the model a reader makes of the inputs, as JSON.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print the document model read from the inputs as JSON (docs/model-json.md).")

    @Argument(help: "Input files, or '-' for standard input.")
    var inputs: [String] = []

    @OptionGroup var flags: ConversionFlags

    func run() throws {
        guard !inputs.isEmpty else { throw OctavoError.usage("no input given (use '-' for standard input)") }
        let converter = Converter(transforms: flags.externalFilters(targetFormat: "json"))
        let context = ConversionContext(options: try flags.options())
        let book = try converter.read(try inputs.map(InputSource.load), from: flags.from, context: context)
        let data = try ModelJSONWriter().write(book, context: context)
        Terminal.report(context.diagnostics, verbose: flags.verbose, quiet: flags.quiet)
        Terminal.output(data)
    }
}

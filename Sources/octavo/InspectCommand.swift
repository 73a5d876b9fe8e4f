import ArgumentParser
import Foundation
import Octavo

/// `octavo inspect`: the model a reader makes of the inputs, as JSON.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print the document model read from the inputs as JSON (docs/model-json.md).")

    @Argument(help: "Input files, http(s) URLs, or '-' for standard input.")
    var inputs: [String] = []

    @Flag(help: "Print an indented tree, one node a line, instead of JSON.")
    var tree = false

    @OptionGroup var flags: ConversionFlags

    func run() throws {
        let converter = Converter(transforms: flags.externalFilters(targetFormat: "json"))
        let context = ConversionContext(options: try flags.options())
        let book = try flags.readBook(inputs, converter: converter, context: context, embedsImages: false)
        defer { KeptUntilExit.keep(book) }
        let data = tree ? Data(book.documents.map(TreeDump.dump).joined(separator: "\n").utf8)
            : try ModelJSONWriter().write(book, context: context)
        Terminal.report(context.diagnostics, verbose: flags.verbose, quiet: flags.quiet)
        Terminal.output(data)
    }
}

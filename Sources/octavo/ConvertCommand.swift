import ArgumentParser
import Foundation
import Octavo

/// `octavo convert`: one or more inputs into one output. Several inputs make a compilation.
struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert inputs ('-' for stdin); several inputs become one compilation.")

    @Argument(help: "Input files, http(s) URLs, or '-' for standard input.")
    var inputs: [String] = []

    @Option(name: [.short, .customLong("to")], help: "Output format (default: by -o extension, else html).")
    var to: String?

    @Option(name: .shortAndLong, help: "Output file (default: stdout; EPUB needs one).")
    var output: String?

    @OptionGroup var flags: ConversionFlags
    @OptionGroup var plugins: PluginFlags

    func validate() throws {
        if inputs.isEmpty && flags.fetch.inputsFile == nil { throw ValidationError("no input given (use '-' for standard input)") }
        try checkOutputIsNotAnInput()
    }

    func run() async throws {
        let registry = plugins.registry(quiet: flags.quiet)
        let writer = try Converter(registry: registry).writer(named: to, outputPath: output)
        let converter = Converter(registry: registry, transforms: flags.externalFilters(targetFormat: writer.formatName))
        if writer.isBinary && output == nil {
            throw OctavoError.usage("\(writer.format.name) output is binary: give an output file with -o")
        }
        let context = ConversionContext(options: flags.options())
        let book = try await flags.readBook(inputs, converter: converter, context: context,
                                            embedsImages: WebInputs.embedsImages(writer.format.name))
        let data = try await ConversionThreads.run { Result { try writer.write(book, context: context) } }.get()
        Terminal.report(context.diagnostics, verbose: flags.verbose, quiet: flags.quiet)
        let warnings = context.diagnostics.filter { $0.severity >= .warning }.count
        if flags.strict && warnings > 0 {
            throw OctavoError.strictFailure(file: inputs.count == 1 ? inputs[0] : nil, count: warnings)
        }
        if let output {
            try AtomicFile.write(data, to: output)
        } else {
            Terminal.output(data)
        }
    }

    private func checkOutputIsNotAnInput() throws {
        guard let output else { return }
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs where input != "-" && !WebInputs.isURL(input) {
            if URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target {
                throw ValidationError("output \(output) is also an input; refusing to overwrite it")
            }
        }
    }
}

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
        if writer.writesFolder {
            guard let output else { throw OctavoError.usage("\(writer.format.name) output is a folder of files: give the folder with -o") }
            try checkNoInputIsInside(output)
        }
        let context = ConversionContext(options: flags.options())
        let book = try await flags.readBook(inputs, converter: converter, context: context,
                                            embedsImages: WebInputs.embedsImages(writer.format.name, options: context.options))
        if writer.writesFolder, let output {
            try checkStrict(context)
            // A folder writer runs for a while: Ctrl-C stops it and removes its staging folder.
            let staging = TemporaryFileRegistry()
            let interrupts = InterruptHandler(temporaryFiles: staging) {
                Terminal.note("octavo: interrupted; nothing written to \(output)")
            }
            defer { interrupts.cancel() }
            let written = await ConversionThreads.run {
                Result { try FolderOutput.write(book, with: writer, to: output, context: context, registry: staging) }
            }
            interrupts.awaitHandlerIfInterrupted()
            try written.get()
            return Terminal.report(context.diagnostics, verbose: flags.verbose, quiet: flags.quiet)
        }
        let data = try await converter.write(book, with: writer, context: context)
        Terminal.report(context.diagnostics, verbose: flags.verbose, quiet: flags.quiet)
        try checkStrict(context)
        if let output {
            try AtomicFile.write(data, to: output)
        } else {
            Terminal.output(data)
        }
    }

    /// With `--strict`, a warning fails the conversion before anything is written.
    private func checkStrict(_ context: ConversionContext) throws {
        let warnings = context.diagnostics.filter { $0.severity >= .warning }.count
        if flags.strict && warnings > 0 {
            throw OctavoError.strictFailure(file: inputs.count == 1 ? inputs[0] : nil, count: warnings)
        }
    }

    /// A folder output replaces the whole folder: it must not hold an input.
    private func checkNoInputIsInside(_ folder: String) throws {
        let target = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs where input != "-" {
            let path = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            if target == "/" || path.hasPrefix(target + "/") {
                throw OctavoError.usage("output folder \(folder) holds the input \(input); refusing to replace it")
            }
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

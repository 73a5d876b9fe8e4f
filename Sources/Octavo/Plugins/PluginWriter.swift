import Foundation

/// A writer that is a program (`octavo-writer-NAME`): it gets the book's model JSON
/// (`{"schemaVersion": 1, "book": {…}}`, docs/model-json.md) on standard input and prints the
/// output's bytes, or, when it declares `"output": "folder"`, writes files into the folder it is
/// given (its argument and `OCTAVO_OUTPUT_FOLDER`). A program that fails, or whose folder does
/// not pass ``FolderOutputCheck``, is a ``OctavoError/pluginFailed(plugin:file:message:)``, and
/// nothing is written.
public struct PluginWriter: DocumentWriter {
    public let program: PluginProgram

    public init(program: PluginProgram) {
        self.program = program
    }

    public var format: FormatDescription { program.format }
    public var formatName: String { program.name }

    /// As the program declares (`"binary": true`).
    public var isBinary: Bool { (try? program.describe())?.isBinary ?? false }

    /// As the program declares (`"output": "folder"`).
    public var writesFolder: Bool { (try? program.describe())?.writesFolder ?? false }

    public func write(_ book: Book, context: ConversionContext) throws -> Data {
        if writesFolder {
            throw OctavoError.usage("\(program.programName) writes a folder of files: give the folder with -o")
        }
        let input = try ModelJSON.encode(book, pretty: false)
        return try program.run([], input: input, context: context, file: nil).bytes
    }

    public func write(_ book: Book, into folder: String, context: ConversionContext) throws {
        guard try program.describe().writesFolder else { throw OctavoError.usage("\(program.programName) writes one file, not a folder") }
        let input = try ModelJSON.encode(book, pretty: false)
        let output = try program.run([folder], input: input, context: context, file: nil, outputFolder: folder)
        do {
            try FolderOutputCheck.check(folder, maxBytes: PluginProgram.outputLimit(context.options.limits))
        } catch {
            throw program.failure(error.reason + output.errorTail, file: nil)
        }
    }
}

import Foundation

/// A writer that is a program (`octavo-writer-NAME`): it gets the book's model JSON
/// (`{"schemaVersion": 1, "book": {…}}`, docs/model-json.md) on standard input and prints the
/// output's bytes. A program that fails is a ``OctavoError/pluginFailed(plugin:file:message:)``,
/// and nothing is written.
public struct PluginWriter: DocumentWriter {
    public let program: PluginProgram

    public init(program: PluginProgram) {
        self.program = program
    }

    public var format: FormatDescription { program.format }
    public var formatName: String { program.name }

    /// As the program declares (`"binary": true`).
    public var isBinary: Bool { (try? program.describe())?.isBinary ?? false }

    public func write(_ book: Book, context: ConversionContext) throws -> Data {
        let input = try ModelJSON.encode(book, pretty: false)
        return try program.run([], input: input, context: context, file: nil).bytes
    }
}

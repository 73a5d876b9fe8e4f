import Foundation

/// A reader that is a program (`octavo-reader-NAME`): it gets the input's bytes on standard
/// input and its path as its argument (`-` for standard input), and prints a model JSON document
/// (docs/model-json.md). Anything else it does is a ``OctavoError/pluginFailed(plugin:file:message:)``.
public struct PluginReader: DocumentReader {
    public let program: PluginProgram

    public init(program: PluginProgram) {
        self.program = program
    }

    public var format: FormatDescription { program.format }
    public var formatName: String { program.name }

    public func read(_ input: InputSource, context: ConversionContext) throws -> Document {
        let output = try program.run([input.path ?? "-"], input: input.data, context: context, file: input.displayName)
        do {
            var document = try ModelJSON.decodeDocument(output.bytes)
            if document.sourcePath == nil { document.sourcePath = input.path }
            return document
        } catch {
            let reason = (error as? OctavoError)?.description ?? BatchEngine.describe(error)
            throw program.failure("its output is not a model JSON document (\(reason))" + output.errorTail,
                                  file: input.displayName)
        }
    }
}

import Foundation
import Octavo
import Testing

/// A reader that reports one diagnostic per input and fails on inputs that say so.
private struct NumberedReader: DocumentReader {
    let format = FormatDescription(name: "numbered", extensions: ["num"], summary: "test")
    func read(_ input: InputSource, context: ConversionContext) throws -> Document {
        let text = String(decoding: input.data, as: UTF8.self)
        if text.hasPrefix("fail") { throw OctavoError.invalidInput(file: input.path, line: 1, message: text) }
        context.report(.info, "read \(text)", file: input.path)
        return Document(blocks: [.paragraph([.text(text)])])
    }
}

/// The inputs of a compilation are read in parallel; the book, its diagnostics and its error
/// follow the input order.
@Suite struct CompilationReadTests {
    let converter: Converter = {
        var registry = FormatRegistry.standard
        registry.register(reader: NumberedReader())
        return Converter(registry: registry)
    }()

    @Test func documentsAndDiagnosticsKeepInputOrder() async throws {
        let inputs = (0..<64).map { InputSource(data: Data("\($0)".utf8), path: "in-\($0).num") }
        let context = ConversionContext(environment: [:])
        let book = try await converter.read(inputs, context: context)
        #expect(book.documents.map(\.blocks) == (0..<64).map { [.paragraph([.text("\($0)")])] })
        #expect(context.diagnostics.map(\.message) == (0..<64).map { "read \($0)" })
    }

    @Test func theFirstFailingInputInOrderIsTheError() async {
        let inputs = ["ok", "fail one", "ok", "fail two"].enumerated().map {
            InputSource(data: Data($0.element.utf8), path: "in-\($0.offset).num")
        }
        await #expect(throws: OctavoError.invalidInput(file: "in-1.num", line: 1, message: "fail one")) {
            try await converter.read(inputs, context: ConversionContext(environment: [:]))
        }
    }
}

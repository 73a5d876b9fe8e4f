import Foundation
import Octavo
import Testing

/// A format defined outside the library modules, as a user's package would.
private struct ShoutWriter: DocumentWriter {
    let format = FormatDescription(name: "shout", extensions: ["shout"], summary: "upper-case text")
    func write(_ book: Book, context: ConversionContext) throws -> Data {
        var text = ""
        for document in book.documents {
            document.blocks.visit(inline: { if case let .text(t) = $0 { text += t.uppercased() } })
        }
        return Data(text.utf8)
    }
}

private struct LinesReader: DocumentReader {
    let format = FormatDescription(name: "lines", extensions: ["lines"], summary: "one paragraph a line")
    func read(_ input: InputSource, context: ConversionContext) throws -> Document {
        let lines = String(decoding: input.data, as: UTF8.self).split(separator: "\n")
        return Document(blocks: lines.map { .paragraph([.text(String($0))]) })
    }
}

@Suite struct ThirdPartyFormatTests {
    @Test func aRegisteredReaderAndWriterWorkThroughTheConverter() async throws {
        var registry = FormatRegistry.standard
        registry.register(reader: LinesReader())
        registry.register(writer: ShoutWriter())
        let converter = Converter(registry: registry)
        let context = ConversionContext()
        let book = try await converter.read([InputSource(data: Data("one\ntwo\n".utf8), path: "x.lines")], context: context)
        #expect(book.documents[0].blocks.count == 2)
        let out = try converter.write(book, to: "shout", context: context)
        #expect(String(decoding: out, as: UTF8.self) == "ONETWO")
        #expect(try converter.writer(named: nil, outputPath: "out.shout").format.name == "shout")
    }

    @Test func transformsRunOnEveryDocument() throws {
        struct DropFirstBlock: DocumentTransform {
            func apply(to document: inout Document, context: ConversionContext) throws { document.blocks.removeFirst() }
        }
        var registry = FormatRegistry.standard
        registry.register(reader: LinesReader())
        let converter = Converter(registry: registry, transforms: [DropFirstBlock()])
        let document = try converter.read(InputSource(data: Data("a\nb\n".utf8), path: "x.lines"), context: ConversionContext())
        #expect(document.blocks == [.paragraph([.text("b")])])
    }

    @Test func inputsOverTheSizeLimitAreRefused() throws {
        var options = ConversionOptions()
        options.limits.maxInputBytes = 4
        #expect(throws: OctavoError.self) {
            try Converter().read(InputSource(data: Data("too long".utf8), path: "x.json"), context: ConversionContext(options: options))
        }
    }
}

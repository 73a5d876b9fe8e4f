import Foundation

/// Reads the model's own JSON (`octavo inspect` output, a filter's output) as a document.
public struct ModelJSONReader: DocumentReader {
    public let format = FormatDescription(name: "json", extensions: ["json"],
                                          summary: "Octavo's document model as JSON (docs/model-json.md)")
    public init() {}

    public func read(_ input: InputSource, context: ConversionContext) throws -> Document {
        do {
            var document = try ModelJSON.decodeDocument(input.data)
            document.sourcePath = document.sourcePath ?? input.path
            return document
        } catch let error as OctavoError {
            throw OctavoError.invalidInput(file: input.displayName, line: nil, message: error.description)
        } catch {
            throw OctavoError.invalidInput(file: input.displayName, line: nil, message: "not Octavo model JSON: \(error)")
        }
    }

    public func sniff(_ prefix: [UInt8]) -> Double {
        String(decoding: prefix, as: UTF8.self).contains("\"schemaVersion\"") ? 0.9 : 0
    }
}

/// Writes the model as JSON: a document envelope for one input, a book envelope for several.
public struct ModelJSONWriter: DocumentWriter {
    public let format = FormatDescription(name: "json", extensions: ["json"],
                                          summary: "Octavo's document model as JSON (docs/model-json.md)")
    public init() {}

    public func write(_ book: Book, context: ConversionContext) throws -> Data {
        var data = book.documents.count == 1 ? try ModelJSON.encode(book.documents[0]) : try ModelJSON.encode(book)
        data.append(0x0A)
        return data
    }
}

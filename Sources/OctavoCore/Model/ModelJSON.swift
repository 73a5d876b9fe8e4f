import Foundation

/// The canonical JSON form of the model: version-stamped, sorted keys, no escaped slashes.
///
/// It is what `octavo inspect` prints and what external filters read and write.
/// A document is `{"schemaVersion": 1, "document": {…}}`; a book is `{"schemaVersion": 1, "book": {…}}`.
public enum ModelJSON {
    /// The version of the JSON schema this build reads and writes.
    public static let schemaVersion = 1

    private struct DocumentEnvelope: Codable { var schemaVersion: Int; var document: Document }
    private struct BookEnvelope: Codable { var schemaVersion: Int; var book: Book }
    private struct VersionProbe: Decodable { var schemaVersion: Int? }

    private static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes a document with its envelope.
    public static func encode(_ document: Document, pretty: Bool = true) throws -> Data {
        try describingFailure { try encoder(pretty: pretty).encode(DocumentEnvelope(schemaVersion: schemaVersion, document: document)) }
    }

    /// Encodes a book with its envelope.
    public static func encode(_ book: Book, pretty: Bool = true) throws -> Data {
        try describingFailure { try encoder(pretty: pretty).encode(BookEnvelope(schemaVersion: schemaVersion, book: book)) }
    }

    /// Foundation's encoder refuses JSON nested deeper than 512 levels (a block quote is two:
    /// an object and its array). Its `EncodingError` carries the whole document, which is far
    /// too large (and too deep) to print, so it becomes a short ``OctavoError``.
    private static func describingFailure(_ encode: () throws -> Data) throws -> Data {
        do {
            return try encode()
        } catch let error as EncodingError {
            guard case let .invalidValue(_, context) = error else { throw error }
            throw OctavoError.invalidInput(file: nil, line: nil, message:
                "cannot write model JSON: \(context.debugDescription) JSON allows 512 levels of nesting, "
                + "about 250 nested blocks; lower --max-depth to flatten deeper content")
        }
    }

    /// Decodes a document envelope, checking the schema version.
    public static func decodeDocument(_ data: Data) throws -> Document {
        try checkVersion(data)
        return try JSONDecoder().decode(DocumentEnvelope.self, from: data).document
    }

    /// Decodes a book envelope, checking the schema version.
    public static func decodeBook(_ data: Data) throws -> Book {
        try checkVersion(data)
        return try JSONDecoder().decode(BookEnvelope.self, from: data).book
    }

    private static func checkVersion(_ data: Data) throws {
        let version = try JSONDecoder().decode(VersionProbe.self, from: data).schemaVersion
        guard version == schemaVersion else {
            throw OctavoError.invalidInput(file: nil, line: nil,
                message: "model JSON has schemaVersion \(version.map(String.init) ?? "missing"), expected \(schemaVersion)")
        }
    }
}

import Foundation

/// Writes a ``Book`` (one or more documents) as bytes in its format.
public protocol DocumentWriter: Sendable {
    var format: FormatDescription { get }

    /// The format's name, known without working out the rest of ``format`` (which a plug-in
    /// program must be run to tell). The registry uses it to replace a format of the same name.
    var formatName: String { get }

    /// Whether the output is binary (it then needs `-o`, never the terminal).
    var isBinary: Bool { get }

    /// The bytes of the whole output. The caller writes them (atomically) where they belong.
    func write(_ book: Book, context: ConversionContext) throws -> Data
}

extension DocumentWriter {
    public var formatName: String { format.name }
    public var isBinary: Bool { false }
}

import Foundation

/// Writes a ``Book`` (one or more documents) as bytes in its format.
public protocol DocumentWriter: Sendable {
    var format: FormatDescription { get }

    /// The format's name, known without working out the rest of ``format`` (which a plug-in
    /// program must be run to tell). The registry uses it to replace a format of the same name.
    var formatName: String { get }

    /// Whether the output is binary (it then needs `-o`, never the terminal).
    var isBinary: Bool { get }

    /// Whether the output is a folder of files (``write(_:into:context:)``) rather than the bytes
    /// of one file (``write(_:context:)``). Such a writer needs an output path: the folder.
    var writesFolder: Bool { get }

    /// The bytes of the whole output. The caller writes them (atomically) where they belong.
    func write(_ book: Book, context: ConversionContext) throws -> Data

    /// For a writer that ``writesFolder``: writes the output's files into `folder`, a new empty
    /// folder that the caller checks and then moves, whole, to where the output belongs.
    func write(_ book: Book, into folder: String, context: ConversionContext) throws
}

extension DocumentWriter {
    public var formatName: String { format.name }
    public var isBinary: Bool { false }
    public var writesFolder: Bool { false }

    /// A writer of one file writes no folder.
    public func write(_ book: Book, into folder: String, context: ConversionContext) throws {
        throw OctavoError.usage("the \(formatName) writer makes one file, not a folder")
    }
}

/// Reads one input into a ``Document``.
///
/// A reader is a `Sendable` value; register it in a ``FormatRegistry`` to make it available by name,
/// alias, file extension and (through ``sniff(_:)``) content.
public protocol DocumentReader: Sendable {
    var format: FormatDescription { get }

    /// The format's name, known without working out the rest of ``format`` (which a plug-in
    /// program must be run to tell). The registry uses it to replace a format of the same name.
    var formatName: String { get }

    /// Reads `input`. Throws ``OctavoError`` for input that cannot be read; reports what it
    /// guessed, repaired or dropped as diagnostics in `context`.
    func read(_ input: InputSource, context: ConversionContext) throws -> Document

    /// How sure the reader is that `prefix` (the first bytes of an input) is its format, from 0 to 1.
    func sniff(_ prefix: [UInt8]) -> Double
}

extension DocumentReader {
    public var formatName: String { format.name }
    public func sniff(_ prefix: [UInt8]) -> Double { 0 }
}

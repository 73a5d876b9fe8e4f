/// The readers and writers available to a conversion. A value: copy it, add to it, pass it on.
///
/// `FormatRegistry.standard` (in the `Octavo` module) holds every built-in format; a package
/// adds its own with ``register(reader:)`` / ``register(writer:)``.
public struct FormatRegistry: Sendable {
    public private(set) var readers: [any DocumentReader] = []
    public private(set) var writers: [any DocumentWriter] = []

    public init() {}

    /// Adds a reader. A later registration with the same name wins.
    public mutating func register(reader: any DocumentReader) {
        readers.removeAll { $0.formatName == reader.formatName }
        readers.append(reader)
    }

    /// Adds a writer. A later registration with the same name wins.
    public mutating func register(writer: any DocumentWriter) {
        writers.removeAll { $0.formatName == writer.formatName }
        writers.append(writer)
    }

    /// The reader called `name` (or with that alias).
    public func reader(named name: String) -> (any DocumentReader)? {
        readers.last { $0.format.isNamed(name) }
    }

    /// The writer called `name` (or with that alias).
    public func writer(named name: String) -> (any DocumentWriter)? {
        writers.last { $0.format.isNamed(name) }
    }

    /// The reader for a file extension (without the dot).
    public func reader(forExtension ext: String) -> (any DocumentReader)? {
        let key = ext.lowercased()
        return readers.last { $0.format.extensions.contains(key) }
    }

    /// The writer for a file extension (without the dot).
    public func writer(forExtension ext: String) -> (any DocumentWriter)? {
        let key = ext.lowercased()
        return writers.last { $0.format.extensions.contains(key) }
    }

    /// The reader most sure that `prefix` is its format, if any is at all sure.
    public func sniffReader(_ prefix: [UInt8]) -> (any DocumentReader)? {
        let scored = readers.map { ($0, $0.sniff(prefix)) }.filter { $0.1 > 0 }
        return scored.max { $0.1 < $1.1 }?.0
    }

    /// Picks the reader for `input`: by `name` if given, else by media type (pages from the web),
    /// else by extension, else by sniffing.
    public func reader(for input: InputSource, named name: String?) throws -> any DocumentReader {
        if let name {
            guard let reader = reader(named: name) else { throw OctavoError.unknownFormat(name, role: "input") }
            return reader
        }
        if let type = input.mediaType, let name = Self.readerName(forMediaType: type), let reader = reader(named: name) {
            return reader
        }
        if let ext = input.fileExtension, let reader = reader(forExtension: ext) { return reader }
        if let reader = sniffReader(Array(input.data.prefix(4096))) { return reader }
        throw OctavoError.unknownFormat(input.fileExtension ?? "unrecognised content in \(input.displayName)", role: "input")
    }
}

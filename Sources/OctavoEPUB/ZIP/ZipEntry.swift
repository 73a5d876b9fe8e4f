import Foundation

/// One file of a zip archive, in the order it will be written.
struct ZipEntry: Sendable {
    enum Compression: Sendable { case stored, deflated }

    /// The path inside the archive (`EPUB/chapter-001.xhtml`), always with `/`.
    var name: String
    var data: Data
    var compression: Compression

    init(_ name: String, _ data: Data, compression: Compression = .deflated) {
        self.name = name
        self.data = data
        self.compression = compression
    }
}

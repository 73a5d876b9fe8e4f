import Crypto
import Foundation
import OctavoImages

/// Normalised images and drawn covers kept in the `--cache` folder between runs, so that a book
/// rebuilt from the same sources reads each picture's result instead of decoding, scaling and
/// encoding it again, and reads its cover instead of drawing it. In the web bench case (200
/// cached pages, 201 images and a drawn cover) it takes about 0.8 s of the 1.7 s of CPU time the
/// cached run took without it.
///
/// One file per result beside the cached responses, `KEY.image`: a header line
/// `octavo-image 1 MEDIA-TYPE LENGTH SHA-256-OF-BYTES`, then the bytes. The key is the SHA-256 of
/// all a result depends on: the source bytes and the image options (for a cover, its text and
/// ``CoverPainter/version``) and ``ImageNormalizer/version``, so a changed option, drawing or
/// library makes a new entry. Files are
/// written atomically; an entry that cannot be read or does not match its digest counts as
/// missing, and is made again and replaced. Failures are not kept (they are made again).
struct ImageCache: Sendable {
    let folder: String

    /// Where the result of `ImageNormalizer.normalize(data, options: options)` is kept.
    func entry(for data: Data, options: ImageOptions) -> Entry {
        var key = Self.key("image")
        for number in [options.maxSize.width, options.maxSize.height, options.jpegQuality, options.maxDecodedPixels,
                       options.keepOriginals ? 1 : 0] {
            key.update(field: String(number))
        }
        key.update(data: data)
        return entry(key)
    }

    /// `CoverPainter.png(text)`, from the cache when it is there.
    func cover(_ text: CoverText) -> Result<NormalizedImage, ImageProblem> {
        var key = Self.key("cover")
        key.update(field: CoverPainter.version)
        key.update(field: "\(CoverPainter.size)")
        for field in [text.title, String(text.authors.count)] + text.authors + text.articleTitles { key.update(field: field) }
        let entry = entry(key)
        if let image = entry.load() { return .success(image) }
        let result = CoverPainter.png(text)
        entry.keep(result)
        return result
    }

    /// One result's file.
    struct Entry: Sendable {
        let path: String
        let folder: String

        /// The result kept here, or `nil` when there is none or it is damaged.
        func load() -> NormalizedImage? { ImageCache.load(path) }

        /// Keeps `result` here when it is an image (best effort).
        func keep(_ result: Result<NormalizedImage, ImageProblem>) {
            if case let .success(image) = result { ImageCache.store(image, at: path, in: folder) }
        }
    }

    private func entry(_ key: SHA256) -> Entry {
        Entry(path: (folder as NSString).appendingPathComponent(HexDigits.of(key.finalize()) + ".image"), folder: folder)
    }

    private static func key(_ kind: String) -> SHA256 {
        var key = SHA256()
        key.update(field: "octavo \(kind)")
        key.update(field: ImageNormalizer.version)
        return key
    }

    /// The entry at `path`, or `nil` when there is none or it is damaged.
    static func load(_ path: String) -> NormalizedImage? {
        guard let data = FileManager.default.contents(atPath: path),
              let newline = data.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let header = String(decoding: data[data.startIndex..<newline], as: UTF8.self).split(separator: " ")
        guard header.count == 5, header[0] == "octavo-image", header[1] == "1",
              let mediaType = ImageMediaType(rawValue: String(header[2])), let length = Int(header[3]) else { return nil }
        let bytes = Data(data[data.index(after: newline)...])
        guard bytes.count == length, HexDigits.of(SHA256.hash(data: bytes)) == header[4] else { return nil }
        return NormalizedImage(data: bytes, mediaType: mediaType)
    }

    /// Keeps `image` at `path` (best effort: an entry that cannot be written is made again next time).
    static func store(_ image: NormalizedImage, at path: String, in folder: String) {
        var data = Data("octavo-image 1 \(image.mediaType.rawValue) \(image.data.count) \(HexDigits.of(SHA256.hash(data: image.data)))\n".utf8)
        data.append(image.data)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? AtomicFile.write(data, to: path, durable: false)
    }
}

private extension SHA256 {
    /// Adds `text` so that no two lists of fields run together (its length, a colon, the text).
    mutating func update(field text: String) {
        update(data: Data("\(text.utf8.count):\(text)".utf8))
    }
}

import Foundation
import OctavoCore
import OctavoImages

/// An image file inside the book.
struct EmbeddedImage: Hashable, Sendable {
    /// The manifest id (`img-0001`).
    var id: String
    /// The path relative to the package folder (`images/img-0001.png`).
    var href: String
    var mediaType: ImageMediaType
    var data: Data
}

/// The book's images: each distinct content stored once, named in the order first met.
struct ImageStore {
    private(set) var images: [EmbeddedImage] = []
    private var byDigest: [String: Int] = [:]

    /// The embedded image for `data` (already sniffed as `mediaType`), adding it if new.
    mutating func add(_ data: Data, mediaType: ImageMediaType) -> EmbeddedImage {
        let digest = HexDigits.of(ContentDigest.sha1(data))
        if let index = byDigest[digest] { return images[index] }
        let number = String(images.count + 1)
        let id = "img-" + String(repeating: "0", count: max(0, 4 - number.count)) + number
        let image = EmbeddedImage(id: id, href: "images/\(id).\(mediaType.fileExtension)", mediaType: mediaType, data: data)
        byDigest[digest] = images.count
        images.append(image)
        return image
    }
}

import Foundation

/// How images are made fit for a book: the ``ImageNormalizer``'s settings.
public struct ImageSettings: Hashable, Sendable {
    /// Images larger than this are scaled down to fit it, keeping their proportions.
    public var maxSize = PixelBox(width: 1600, height: 2400)
    /// JPEG (and WebP) quality, 1–100.
    public var jpegQuality = 85
    /// Images whose header promises more pixels than this (all frames together) are refused
    /// before decoding, so a small file cannot make Octavo allocate gigabytes.
    public var maxDecodedPixels = 100_000_000
    /// Keep images in an EPUB core format byte for byte (no scaling, no stripping); other
    /// formats are still converted, since reading systems cannot show them.
    public var keepOriginals = false

    public init(maxSize: PixelBox = PixelBox(width: 1600, height: 2400), jpegQuality: Int = 85,
                maxDecodedPixels: Int = 100_000_000, keepOriginals: Bool = false) {
        self.maxSize = maxSize
        self.jpegQuality = jpegQuality
        self.maxDecodedPixels = maxDecodedPixels
        self.keepOriginals = keepOriginals
    }
}

/// An image ready for a book.
public struct NormalizedImage: Hashable, Sendable {
    public var data: Data
    public var mediaType: ImageMediaType

    public init(data: Data, mediaType: ImageMediaType) {
        self.data = data
        self.mediaType = mediaType
    }
}

/// Why an image cannot go into a book; the message completes "image X not embedded: …".
public struct ImageProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}

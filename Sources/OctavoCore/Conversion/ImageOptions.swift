/// How images are made fit for a book: OctavoImages' `ImageNormalizer` takes them.
public struct ImageOptions: Hashable, Sendable {
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
    /// HTML: write images into the page as `data:` URLs (normalised the same way), so that a
    /// standalone page is one self-contained file.
    public var embedInHTML = false
    /// EPUB: which cover the book gets.
    public var cover = CoverPolicy.givenOrDrawn

    /// Which cover an EPUB gets.
    public enum CoverPolicy: String, Hashable, Sendable {
        /// The `--cover` image (or the one the metadata names), else a drawn one with the title,
        /// authors and, for a compilation, the article titles.
        case givenOrDrawn
        /// The `--cover` image (or the metadata's) only: no drawn cover.
        case givenOnly
        /// No cover at all, not even a given one (`--no-cover`).
        case none
    }

    public init() {}
}

/// The largest size an image may be shown at, in pixels.
public struct PixelBox: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Reads `WIDTHxHEIGHT` (`1600x2400`), or `nil` when it is not two positive numbers.
    public init?(_ text: String) {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]), width > 0, height > 0 else { return nil }
        self.init(width: width, height: height)
    }

    public var description: String { "\(width)x\(height)" }
}

/// What an image file says about itself, read before any pixel is decoded.
import OctavoCore
struct ImageHeader: Hashable, Sendable {
    var width: Int
    var height: Int
    /// Frames of an animation (1 for a still image).
    var pages: Int
    var hasAlpha: Bool
    /// An indexed-colour PNG.
    var isPalette: Bool
    /// The metadata fields that say something about the author, the place or the camera.
    var metadataFields: [String]

    /// Pixels that decoding every frame would produce.
    var decodedPixels: Int {
        let (frame, overflow) = width.multipliedReportingOverflow(by: height)
        let (all, overflowAll) = frame.multipliedReportingOverflow(by: pages)
        return overflow || overflowAll ? Int.max : all
    }

    /// Whether a libvips field name is personal metadata (EXIF, XMP, IPTC, comments) rather
    /// than a property of the pixels.
    static func isPersonalMetadata(_ field: String) -> Bool {
        ["exif-", "xmp-", "iptc-", "gif-comment", "png-comment", "jpeg-comment", "heif-", "tiff-"]
            .contains { field.hasPrefix($0) }
    }
}

/// How an image is written out.
enum ImageEncoding: Hashable, Sendable {
    case jpeg(quality: Int)
    case png(palette: Bool)
    case gif
    case webp(quality: Int)
    /// PNG when the picture has few colours (a drawing, a chart), else JPEG (a photograph).
    case pngIfFewColoursElseJPEG(quality: Int)

    /// The media type of the file written.
    var mediaType: ImageMediaType {
        switch self {
        case .jpeg, .pngIfFewColoursElseJPEG: .jpeg
        case .png: .png
        case .gif: .gif
        case .webp: .webp
        }
    }
}

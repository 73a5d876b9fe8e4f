import Foundation
import OctavoCore

/// Makes an image fit for an e-reader: a pure function of its bytes and the options.
///
/// - Formats outside EPUB's core media types (TIFF, BMP, AVIF, HEIC) become PNG when they have
///   transparency or few colours, else JPEG.
/// - Images larger than ``ImageOptions/maxSize`` are scaled down with a Lanczos filter.
/// - EXIF (with any GPS position), XMP, IPTC and comments are removed; the EXIF orientation is
///   applied to the pixels first, so the picture stays the right way up.
/// - Animated GIF and WebP keep every frame; SVG stays SVG when ``SVGSafety`` accepts it.
///
/// The same bytes and settings always give the same result, so identical pictures can be
/// stored once after normalising.
///
///     switch ImageNormalizer.normalize(data, options: ImageOptions()) {
///     case let .success(image): store(image.data, image.mediaType)
///     case let .failure(problem): warn("image not embedded: \(problem.reason)")
///     }
public enum ImageNormalizer {
    /// What a result depends on besides the bytes and the options: the revision of these rules
    /// and the libvips version. A cache of results keys by it.
    public static var version: String { "1 libvips-" + VipsRuntime.version }

    public static func normalize(_ data: Data, options: ImageOptions) -> Result<NormalizedImage, ImageProblem> {
        guard let format = SourceFormat.sniff(data) else {
            return .failure(ImageProblem("it is not an image Octavo reads (PNG, JPEG, GIF, WebP, SVG, AVIF, HEIC, TIFF or BMP)"))
        }
        if format == .svg {
            if let problem = SVGSafety.problem(in: data) { return .failure(ImageProblem("unsafe SVG: \(problem)")) }
            return .success(NormalizedImage(data: data, mediaType: .svg))
        }
        var header: ImageHeader
        do {
            header = try VipsCodec.header(of: data)
        } catch {
            return .failure(ImageProblem("it cannot be read as \(format.rawValue.uppercased()): \(error.message)"))
        }
        // Only GIF and WebP frames are an animation; another format's further pages are not shown.
        let animated = header.pages > 1 && (format == .gif || format == .webp)
        if !animated { header.pages = 1 }
        guard header.decodedPixels <= options.maxDecodedPixels else {
            let frames = animated ? " in \(header.pages) frames" : ""
            return .failure(ImageProblem("it is \(header.width)x\(header.height) pixels\(frames), over the limit of \(options.maxDecodedPixels) pixels"))
        }
        if options.keepOriginals, let core = format.coreType {
            return .success(NormalizedImage(data: data, mediaType: core))
        }
        let quality = min(100, max(1, options.jpegQuality))
        let encoding: ImageEncoding
        switch format {
        case .jpeg: encoding = .jpeg(quality: quality)
        case .png: encoding = .png(palette: header.isPalette)
        case .gif: encoding = .gif
        case .webp: encoding = .webp(quality: quality)
        case .tiff, .heif, .bmp, .svg:
            encoding = header.hasAlpha ? .png(palette: false) : .pngIfFewColoursElseJPEG(quality: quality)
        }
        do {
            let result = try VipsCodec.reencode(data, box: options.maxSize, allPages: animated, as: encoding)
            return .success(NormalizedImage(data: result.bytes, mediaType: result.encoding.mediaType))
        } catch {
            return .failure(ImageProblem("it cannot be decoded as \(format.rawValue.uppercased()): \(error.message)"))
        }
    }
}

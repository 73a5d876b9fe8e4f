import Foundation
import OctavoCore
internal import CVips

/// Reading image headers and re-encoding images with libvips. Every function takes and returns
/// bytes; the source bytes stay borrowed only while libvips works on them.
enum VipsCodec {
    /// What the file says about itself, read without decoding any pixel.
    static func header(of data: Data) throws(VipsFailure) -> ImageHeader {
        try VipsRuntime.start()
        let result: Result<ImageHeader, VipsFailure> = data.withUnsafeBytes { raw in
            guard let opened = octavo_vips_open_header(raw.baseAddress, raw.count) else {
                return .failure(VipsCall.failure("read the header"))
            }
            let image = VipsImageHandle(owning: opened)
            let fields = image.fieldNames
            return .success(ImageHeader(width: image.width, height: image.height, pages: max(1, image.pages),
                                        hasAlpha: image.hasAlpha, isPalette: fields.contains("palette-bit-depth"),
                                        metadataFields: fields.filter(ImageHeader.isPersonalMetadata)))
        }
        return try result.get()
    }

    /// The image decoded, fitted into `box` (never enlarged, with a Lanczos filter and
    /// shrink-on-load where the format allows), turned upright and saved as `encoding` without
    /// metadata. `allPages` keeps every frame of an animation.
    static func reencode(_ data: Data, box: PixelBox, allPages: Bool, as encoding: ImageEncoding) throws(VipsFailure) -> (bytes: Data, encoding: ImageEncoding) {
        try VipsRuntime.start()
        let result: Result<(Data, ImageEncoding), VipsFailure> = data.withUnsafeBytes { raw in
            do throws(VipsFailure) {
                var image = try VipsCall.image("decode") {
                    octavo_vips_thumbnail(raw.baseAddress, raw.count, $0, Int32(box.width), Int32(box.height), allPages ? 1 : 0)
                }
                var chosen = encoding
                if case .pngIfFewColoursElseJPEG(let quality) = encoding {
                    image = try image.inMemory()
                    chosen = try VipsColours.atMost(256, in: image) ? .png(palette: true) : .jpeg(quality: quality)
                }
                return .success((try save(image, as: chosen), chosen))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private static func save(_ image: VipsImageHandle, as encoding: ImageEncoding) throws(VipsFailure) -> Data {
        let pointer = image.pointer
        switch encoding {
        case let .jpeg(quality):
            let flat = try image.hasAlpha ? VipsColours.flattenedOnWhite(image) : image
            return try VipsCall.encoded("JPEG encoding") { octavo_vips_jpegsave(flat.pointer, $0, $1, Int32(quality)) }
        case let .png(palette):
            return try VipsCall.encoded("PNG encoding") { octavo_vips_pngsave(pointer, $0, $1, palette ? 1 : 0, 6) }
        case .gif:
            return try VipsCall.encoded("GIF encoding") { octavo_vips_gifsave(pointer, $0, $1) }
        case let .webp(quality):
            return try VipsCall.encoded("WebP encoding") { octavo_vips_webpsave(pointer, $0, $1, Int32(quality)) }
        case let .pngIfFewColoursElseJPEG(quality):
            return try save(image, as: .jpeg(quality: quality))
        }
    }
}

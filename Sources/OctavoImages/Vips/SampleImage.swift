import Foundation
internal import CVips

/// Pictures made with libvips, for tests and benchmarks: a colour gradient saved in any format
/// libvips writes, an animation, a JPEG carrying a given EXIF block.
public enum SampleImage {
    /// A `width` × `height` gradient (with a gradient alpha when `alpha`), saved in the format of
    /// `suffix` (`.png`, `.jpg`, `.avif`, `.heic`, `.tif`, `.bmp`, `.gif`, `.webp`).
    public static func gradient(width: Int, height: Int, alpha: Bool = false, as suffix: String) throws -> Data {
        try VipsRuntime.start()
        let image = try VipsCall.image("gradient") { octavo_vips_gradient($0, Int32(width), Int32(height), alpha ? 1 : 0) }
        return try VipsCall.encoded("save \(suffix)") { octavo_vips_save_suffix(image.pointer, suffix, $0, $1) }
    }

    /// `frames` gradients of `width` × `height`, each a different crop, as one animated GIF.
    public static func animatedGIF(width: Int, height: Int, frames: Int) throws -> Data {
        try VipsRuntime.start()
        let source = try VipsCall.image("gradient") { octavo_vips_gradient($0, Int32(width * 2), Int32(height), 0) }
        var pages: [VipsImageHandle] = []
        for frame in 0..<frames {
            let x = Int32(frame * width / max(1, frames))
            pages.append(try VipsCall.image("crop") { octavo_vips_crop(source.pointer, $0, x, 0, Int32(width), Int32(height)) })
        }
        var pointers: [UnsafeMutablePointer<VipsImage>?] = pages.map(\.pointer)
        let joined = try VipsCall.image("join") { out in
            pointers.withUnsafeMutableBufferPointer { octavo_vips_join_vertically($0.baseAddress, Int32(frames), out) }
        }
        _ = octavo_vips_set_animation(joined.pointer, Int32(height), 100)
        return try VipsCall.encoded("save GIF") { octavo_vips_save_suffix(joined.pointer, ".gif", $0, $1) }
    }

    /// A gradient saved as JPEG with `exif` (starting `Exif\0\0`) as its EXIF block.
    public static func jpeg(width: Int, height: Int, exif: Data) throws -> Data {
        try VipsRuntime.start()
        let image = try VipsCall.image("gradient") { octavo_vips_gradient($0, Int32(width), Int32(height), 0) }
        return try exif.withUnsafeBytes { raw in
            try VipsCall.encoded("save JPEG") { octavo_vips_jpegsave_with_exif(image.pointer, raw.baseAddress, raw.count, $0, $1) }
        }
    }
}

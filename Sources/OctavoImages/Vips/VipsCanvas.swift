import Foundation
import OctavoCore
internal import CVips

/// A picture drawn in layers with libvips: a solid background, then text and bars painted on
/// it in colour. Used for the drawn cover.
final class VipsCanvas {
    let width: Int
    let height: Int
    private var image: VipsImageHandle

    init(width: Int, height: Int, background: RGB) throws(VipsFailure) {
        try VipsRuntime.start()
        self.width = width
        self.height = height
        image = try Self.solid(width, height, background)
    }

    /// The size `markup` (Pango markup) takes when set in `font`, wrapped at `wrapWidth`.
    func measure(_ markup: String, font: String, wrapWidth: Int) throws(VipsFailure) -> PixelBox {
        let mask = try Self.textMask(markup, font: font, wrapWidth: wrapWidth)
        return PixelBox(width: mask.width, height: mask.height)
    }

    /// Paints `markup` in `colour`, centred horizontally, its top at `top`; returns its height.
    /// Lines that would pass `bottom` are cut off.
    @discardableResult
    func text(_ markup: String, font: String, wrapWidth: Int, top: Int, bottom: Int, colour: RGB) throws(VipsFailure) -> Int {
        var mask = try Self.textMask(markup, font: font, wrapWidth: wrapWidth)
        let room = max(1, bottom - top)
        if mask.height > room {
            let whole = mask
            mask = try VipsCall.image("crop text") { octavo_vips_crop(whole.pointer, $0, 0, 0, Int32(whole.width), Int32(room)) }
        }
        try paint(mask, x: (width - mask.width) / 2, y: top, colour: colour)
        return mask.height
    }

    /// Paints a `barWidth` × `barHeight` bar in `colour`, centred horizontally, at `top`.
    func bar(width barWidth: Int, height barHeight: Int, top: Int, colour: RGB) throws(VipsFailure) {
        let white = try Self.solid(barWidth, barHeight, RGB(255, 255, 255))
        let mask = try VipsCall.image("bar mask") { octavo_vips_extract_bands(white.pointer, $0, 0, 1) }
        try paint(mask, x: (width - barWidth) / 2, y: top, colour: colour)
    }

    /// The picture as a plain RGB PNG at zlib level 1. A palette made it smaller but searching for
    /// one took most of the drawing time and 80 MB of memory, for every book made; level 6 took
    /// twice as long as level 1 for a file about a quarter smaller (flat colour packs well either way).
    func png() throws(VipsFailure) -> Data {
        try VipsCall.encoded("PNG encoding") { octavo_vips_pngsave(image.pointer, $0, $1, 0, 1) }
    }

    /// Blends `colour` in through `mask` placed at (`x`, `y`). Only the rectangle the mask covers
    /// is blended and laid back over the canvas (blending the whole canvas for every layer took a
    /// quarter of the time a cover took to draw).
    private func paint(_ mask: VipsImageHandle, x: Int, y: Int, colour: RGB) throws(VipsFailure) {
        let left = max(0, x), top = max(0, y)
        let right = min(width, x + mask.width), bottom = min(height, y + mask.height)
        guard right > left, bottom > top else { return }
        let size = (width: Int32(right - left), height: Int32(bottom - top))
        let shown = try VipsCall.image("clip") {
            octavo_vips_crop(mask.pointer, $0, Int32(left - x), Int32(top - y), size.width, size.height)
        }
        let canvas = image
        let below = try VipsCall.image("under") { octavo_vips_crop(canvas.pointer, $0, Int32(left), Int32(top), size.width, size.height) }
        let ink = try Self.solid(right - left, bottom - top, colour)
        let blended = try VipsCall.image("paint") { octavo_vips_blend(shown.pointer, ink.pointer, below.pointer, $0) }
        image = try VipsCall.image("place") { octavo_vips_insert(canvas.pointer, blended.pointer, $0, Int32(left), Int32(top)) }
    }

    private static func textMask(_ markup: String, font: String, wrapWidth: Int) throws(VipsFailure) -> VipsImageHandle {
        try VipsCall.image("text") { octavo_vips_text($0, markup, font, Int32(wrapWidth), 72) }
    }

    private static func solid(_ width: Int, _ height: Int, _ colour: RGB) throws(VipsFailure) -> VipsImageHandle {
        try VipsCall.image("solid") {
            octavo_vips_solid($0, Int32(width), Int32(height), Double(colour.red), Double(colour.green), Double(colour.blue))
        }
    }
}

/// A colour of the drawn cover.
struct RGB: Hashable, Sendable {
    var red: UInt8, green: UInt8, blue: UInt8
    init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }
}

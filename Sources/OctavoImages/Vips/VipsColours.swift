internal import CVips

/// Questions about an image's colours, and the conversions a target format needs.
enum VipsColours {
    /// Bins per band of the colour histogram: colours closer than 256 / 64 count as one.
    private static let bins: Int32 = 64

    /// Whether `image` (in memory: it is read twice) shows at most `limit` colours, roughly:
    /// drawings, charts and screenshots do; photographs do not.
    static func atMost(_ limit: Int, in image: VipsImageHandle) throws(VipsFailure) -> Bool {
        let colour = try VipsCall.image("select bands") { octavo_vips_extract_bands(image.pointer, $0, 0, Int32(min(3, image.bands))) }
        let bytes = try VipsCall.image("cast") { octavo_vips_cast_uchar(colour.pointer, $0) }
        let histogram = try VipsCall.image("histogram") { octavo_vips_histogram(bytes.pointer, $0, bins) }
        let used = try VipsCall.image("threshold") { octavo_vips_at_least(histogram.pointer, $0, 1) }
        var mean = 0.0
        try VipsCall.check(octavo_vips_average(used.pointer, &mean), "average")
        let cells = Double(histogram.width * histogram.height * histogram.bands)
        return Int((mean / 255 * cells).rounded()) <= limit
    }

    /// `image` without its alpha channel, laid on white (JPEG has no transparency).
    static func flattenedOnWhite(_ image: VipsImageHandle) throws(VipsFailure) -> VipsImageHandle {
        try VipsCall.image("flatten") { octavo_vips_flatten_white(image.pointer, $0) }
    }
}

import Foundation
import OctavoImages

/// Test pictures that libvips cannot make directly: a JPEG with a GPS position and an
/// orientation in its EXIF block, and a PNG whose header promises more pixels than it holds.
public enum TestPictures {
    /// A `width` × `height` JPEG whose EXIF says `orientation` (1–8) and, when `gps`, a latitude.
    public static func jpeg(width: Int, height: Int, orientation: UInt16, gps: Bool) throws -> Data {
        try SampleImage.jpeg(width: width, height: height, exif: exif(orientation: orientation, gps: gps))
    }

    /// `Exif\0\0` and a little-endian TIFF structure: IFD0 with Orientation (and the GPS IFD
    /// pointer), then a GPS IFD with GPSLatitudeRef "N" and GPSLatitude 52° 31' 0".
    public static func exif(orientation: UInt16, gps: Bool) -> Data {
        var bytes: [UInt8] = Array("Exif".utf8) + [0, 0]
        var tiff: [UInt8] = [0x49, 0x49, 0x2A, 0x00] + le32(8)
        func entry(_ tag: UInt16, _ type: UInt16, _ count: UInt32, _ value: [UInt8]) -> [UInt8] {
            le16(tag) + le16(type) + le32(count) + value + [UInt8](repeating: 0, count: 4 - value.count)
        }
        let gpsOffset: UInt32 = 8 + 2 + 2 * 12 + 4
        tiff += le16(gps ? 2 : 1) + entry(0x0112, 3, 1, le16(orientation))
        if gps { tiff += entry(0x8825, 4, 1, le32(gpsOffset)) }
        tiff += le32(0)
        if gps {
            let rationals = gpsOffset + 2 + 2 * 12 + 4
            tiff += le16(2) + entry(0x0001, 2, 2, Array("N".utf8) + [0]) + entry(0x0002, 5, 3, le32(rationals)) + le32(0)
            for (numerator, denominator) in [(52, 1), (31, 1), (0, 1)] as [(UInt32, UInt32)] {
                tiff += le32(numerator) + le32(denominator)
            }
        }
        bytes += tiff
        return Data(bytes)
    }

    /// A real `16` × `16` PNG whose header is rewritten to claim `width` × `height` (with a
    /// correct checksum), so a decoder believes it.
    public static func pngBomb(width: UInt32, height: UInt32) throws -> Data {
        var png = [UInt8](try SampleImage.gradient(width: 16, height: 16, as: ".png"))
        // Signature (8), IHDR length (4), "IHDR" at 12, width at 16, height at 20, CRC at 29.
        png.replaceSubrange(16..<20, with: be32(width))
        png.replaceSubrange(20..<24, with: be32(height))
        png.replaceSubrange(29..<33, with: be32(crc32(png[12..<29])))
        return Data(png)
    }

    private static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
    private static func be32(_ v: UInt32) -> [UInt8] { le32(v).reversed() }

    /// The PNG (and zlib) CRC-32 of `bytes`.
    private static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

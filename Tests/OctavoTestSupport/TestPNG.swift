import Foundation

/// Encodes tiny but valid PNG files (one colour, 2×2 pixels) so tests need no binary fixtures.
public enum TestPNG {
    /// A valid 2 × 2 PNG of one colour; `text`, when given, is carried in a `tEXt` chunk (a marker
    /// tests can look for in what was written, when images are kept as they are).
    public static func solid(red: UInt8, green: UInt8, blue: UInt8, text: String? = nil) -> Data {
        let width = 2, height = 2
        var raw: [UInt8] = []
        for _ in 0..<height {
            raw.append(0)   // filter: none
            for _ in 0..<width { raw += [red, green, blue] }
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", be32(UInt32(width)) + be32(UInt32(height)) + [8, 2, 0, 0, 0])
        if let text { png += chunk("tEXt", Array("Comment".utf8) + [0] + Array(text.utf8)) }
        png += chunk("IDAT", zlibStored(raw))
        png += chunk("IEND", [])
        return Data(png)
    }

    private static func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + body
        return be32(UInt32(body.count)) + typed + be32(crc32(typed))
    }

    /// A zlib stream holding `data` in one stored (uncompressed) deflate block.
    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        let n = UInt16(data.count)
        var out: [UInt8] = [0x78, 0x01, 0x01, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8(~n >> 8)]
        out += data
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data { a = (a + UInt32(byte)) % 65521; b = (b + a) % 65521 }
        return out + be32(b << 16 | a)
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
}

import Foundation

/// The image formats Octavo reads, recognised from their first bytes (never from a file name).
enum SourceFormat: String, Hashable, Sendable {
    case png, jpeg, gif, webp, svg, tiff, heif, bmp

    /// The EPUB core media type this format is, if it is one.
    var coreType: ImageMediaType? {
        switch self {
        case .png: .png
        case .jpeg: .jpeg
        case .gif: .gif
        case .webp: .webp
        case .svg: .svg
        case .tiff, .heif, .bmp: nil
        }
    }

    /// The format of `data`, or `nil` when it is none Octavo reads.
    static func sniff(_ data: Data) -> SourceFormat? {
        if let core = ImageMediaType.sniff(data) {
            switch core {
            case .png: return .png
            case .jpeg: return .jpeg
            case .gif: return .gif
            case .webp: return .webp
            case .svg: return .svg
            }
        }
        let head = [UInt8](data.prefix(32))
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + magic.count && Array(head[offset..<offset + magic.count]) == magic
        }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
        // An ISO media file whose brand is one of HEIF's (HEIC, AVIF…).
        let heifBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif", "avis"]
        if starts(Array("ftyp".utf8), at: 4), head.count >= 12,
           heifBrands.contains(String(decoding: head[8..<12], as: UTF8.self)) { return .heif }
        // "BM", then a header size that a Windows or OS/2 bitmap has.
        if starts(Array("BM".utf8)), head.count >= 18, [12, 40, 52, 56, 64, 108, 124].contains(Int(head[14])) { return .bmp }
        return nil
    }
}

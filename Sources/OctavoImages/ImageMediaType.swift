import Foundation

/// The image formats an EPUB may carry, recognised from their bytes (never from a file name).
public enum ImageMediaType: String, Sendable, CaseIterable {
    case png = "image/png"
    case jpeg = "image/jpeg"
    case gif = "image/gif"
    case webp = "image/webp"
    case svg = "image/svg+xml"

    /// The extension used for the embedded file.
    public var fileExtension: String {
        switch self {
        case .png: "png"
        case .jpeg: "jpg"
        case .gif: "gif"
        case .webp: "webp"
        case .svg: "svg"
        }
    }

    /// The format of `data`, or `nil` when it is none of these.
    public static func sniff(_ data: Data) -> ImageMediaType? {
        let head = [UInt8](data.prefix(16))
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + magic.count && Array(head[offset..<offset + magic.count]) == magic
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
        if looksLikeSVG(data) { return .svg }
        return nil
    }

    /// An XML document whose root element is `svg` (after any declaration, comments or doctype).
    private static func looksLikeSVG(_ data: Data) -> Bool {
        let text = String(decoding: data.prefix(4096), as: UTF8.self)
        var rest = Substring(text).drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        while rest.hasPrefix("<?") || rest.hasPrefix("<!") {
            let end = rest.hasPrefix("<!--") ? rest.range(of: "-->")?.upperBound : rest.firstIndex(of: ">").map { rest.index(after: $0) }
            guard let end else { return false }
            rest = rest[end...].drop { $0.isWhitespace }
        }
        return rest.hasPrefix("<svg") || rest.hasPrefix("<svg:svg")
    }
}

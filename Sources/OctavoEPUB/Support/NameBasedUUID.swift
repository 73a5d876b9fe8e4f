import Crypto
import Foundation
import OctavoCore

/// RFC 4122 name-based UUIDs (version 5, SHA-1): the same name always gives the same UUID, so a
/// rebuilt book keeps its identifier.
enum NameBasedUUID {
    /// This module's fixed namespace, `8d4b5e0c-6f0a-4c53-9a0e-0c7a5b1f2e31`. Changing it changes
    /// every generated identifier, so it never changes.
    static let octavoNamespace: [UInt8] = [0x8D, 0x4B, 0x5E, 0x0C, 0x6F, 0x0A, 0x4C, 0x53,
                                           0x9A, 0x0E, 0x0C, 0x7A, 0x5B, 0x1F, 0x2E, 0x31]

    /// The name's bytes, fed in after the namespace.
    struct Name {
        fileprivate var hasher = Insecure.SHA1()

        mutating func update(_ string: String) { hasher.update(data: Data(string.utf8)) }
        mutating func update(_ data: Data) { hasher.update(data: data) }
    }

    /// A name primed with the namespace, ready to take its bytes.
    static func hasher() -> Name {
        var name = Name()
        name.update(Data(octavoNamespace))
        return name
    }

    /// The UUID for the name fed into `name`.
    static func uuid(finishing name: inout Name) -> String {
        var bytes = Array(Array(name.hasher.finalize()).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50   // version 5
        bytes[8] = (bytes[8] & 0x3F) | 0x80   // RFC 4122 variant
        let hex = HexDigits.of(bytes)
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4),
                     hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }
}

import Crypto
import Foundation

/// SHA-1 digests (swift-crypto's `Insecure.SHA1`) for content-derived names: image deduplication
/// and the book's name-based UUID. Nothing here needs resistance against a deliberate collision.
enum ContentDigest {
    /// The 20-byte SHA-1 digest of `data`.
    static func sha1(_ data: Data) -> [UInt8] { Array(Insecure.SHA1.hash(data: data)) }
}

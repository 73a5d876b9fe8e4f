/// A hash that is the same on every run and every machine (FNV-1a, 64 bits), unlike Swift's
/// seeded `hashValue`. Shards and option fingerprints rely on it.
public enum StableHash {
    /// The FNV-1a hash of the UTF-8 bytes of `text`.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The hash as 16 lowercase hexadecimal digits.
    public static func hex(_ text: String) -> String {
        let digits = String(fnv1a(text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Fast byte searches over a string's UTF-8 storage (the generic `utf8.contains` walks index by
/// index; these read the contiguous buffer).
enum ByteScan {
    /// Whether `s` holds `a` or `b`.
    static func contains<S: StringProtocol>(_ s: S, _ a: UInt8, or b: UInt8? = nil) -> Bool {
        if let found = s.utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            if let b { return buffer.contains { $0 == a || $0 == b } }
            return buffer.contains(a)
        }) { return found }
        return s.utf8.contains { $0 == a || $0 == b }
    }

    /// Whether `s` holds a tab or two blanks in a row.
    static func hasTabOrDoubleBlank<S: StringProtocol>(_ s: S) -> Bool {
        func scan<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
            var previousBlank = false
            for b in bytes {
                if b == 0x09 { return true }
                let blank = b == 0x20
                if blank && previousBlank { return true }
                previousBlank = blank
            }
            return false
        }
        return s.utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(s.utf8)
    }
}

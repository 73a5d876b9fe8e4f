internal import CCmarkGFM

/// A 64-bit hash of a link label as cmark-gfm compares labels: case-folded, runs of white space
/// as one space, none at either end. Labels cmark-gfm finds equal always hash alike.
enum LabelKey {
    /// The key of the label `bytes[start..<end]` (between its brackets).
    static func hash(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> UInt64 {
        var isASCII = true
        for index in start..<end where bytes[index] >= 0x80 {
            isASCII = false
            break
        }
        if isASCII {
            return normalised(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), lowercasing: true)
        }
        // Non-ASCII: cmark-gfm's own folding, so that `ß` meets `ss` and `ſ` meets `S` as there.
        var folded = octavo_cmark_strbuf(mem: cmark_get_default_mem_allocator(), ptr: nil, asize: 0, size: 0)
        defer { if folded.asize > 0 { folded.mem.pointee.free(folded.ptr) } }
        cmark_utf8proc_case_fold(&folded, bytes.baseAddress!.advanced(by: start).assumingMemoryBound(to: UInt8.self),
                                 bufsize_t(end - start))
        return normalised(UnsafeRawBufferPointer(start: folded.ptr, count: Int(folded.size)), lowercasing: false)
    }

    /// FNV-1a over the bytes with white space collapsed and trimmed (ASCII letters lowered if asked).
    private static func normalised(_ bytes: UnsafeRawBufferPointer, lowercasing: Bool) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var pendingSpace = false, started = false
        for var byte in bytes {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = started
                continue
            }
            if pendingSpace {
                hash = (hash ^ 0x20) &* 0x100_0000_01b3
                pendingSpace = false
            }
            if lowercasing, (0x41...0x5A).contains(byte) { byte += 0x20 }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            started = true
        }
        return hash
    }
}

/// The stretches of a Markdown text that a cut must not fall inside: from the first to the last
/// bracketed label (`[label]`, `[text][label]`, `[^note]`) of every label that something in the
/// text may define (`[label]:`), since a reference finds its definition anywhere in the document.
///
/// The scan errs on the side of keeping text together: every `[` … `]` counts as a possible
/// use, every one followed by `:` as a possible definition, and labels are compared by a
/// 64-bit hash of their normalised form, so a collision only joins two stretches. A label
/// cmark-gfm could match is always such a bracket pair with no unescaped bracket inside (a
/// definition's label cannot hold one), so none is missed.
enum ReferenceSpans {
    /// Sorted, non-overlapping byte ranges `first...last` (the offsets of a label's first and last `[`).
    static func of(_ bytes: UnsafeRawBufferPointer) -> [ClosedRange<Int>] {
        var spans: [UInt64: (first: Int, last: Int, defined: Bool)] = [:]
        let count = bytes.count
        var index = 0
        var open: Int?
        while index < count {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                index += 1
            case UInt8(ascii: "["):
                open = index
            case UInt8(ascii: "]"):
                if let start = open {
                    let key = LabelKey.hash(bytes, start + 1, index)
                    let defined = index + 1 < count && bytes[index + 1] == UInt8(ascii: ":")
                    if var span = spans[key] {
                        span.last = start
                        span.defined = span.defined || defined
                        spans[key] = span
                    } else {
                        spans[key] = (start, start, defined)
                    }
                    open = nil
                }
            default:
                break
            }
            index += 1
            // cmark's labels are at most 999 characters: a longer bracket is no label.
            if let start = open, index - start > 4 * 1000 { open = nil }
        }
        let stretches = spans.values.filter { $0.defined && $0.last > $0.first }.map { $0.first...$0.last }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<Int>] = []
        for stretch in stretches {
            if let last = merged.last, stretch.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, stretch.upperBound)
            } else {
                merged.append(stretch)
            }
        }
        return merged
    }
}

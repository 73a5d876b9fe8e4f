import OctavoCore

/// A bottom-up rewrite of blocks and inlines that knows where it is: whether a block is part of
/// the document's outline (top level or inside divisions only) and whether an inline sits inside
/// a link. Recursion depth is bounded by the readers' `Limits.maxDepth`.
struct ModelRewrite {
    /// Called for each block after its children; `structural` is true outside lists, quotes, tables and notes.
    var block: (inout Block, _ structural: Bool) -> Void = { _, _ in }
    /// Called for each inline after its children; returns its replacement, or `nil` to keep it
    /// (most inlines are kept, and a `nil` costs no array).
    var inline: (Inline, _ insideLink: Bool) -> [Inline]? = { _, _ in nil }

    func blocks(_ blocks: [Block], structural: Bool) -> [Block] {
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        for original in blocks {
            var rewritten: Block
            if case let .division(attributes, children) = original {
                rewritten = .division(attributes, self.blocks(children, structural: structural))
            } else {
                rewritten = original.mappingChildren(blocks: { self.blocks($0, structural: false) },
                                                     inlines: { self.inlines($0, insideLink: false) })
            }
            block(&rewritten, structural)
            out.append(rewritten)
        }
        return out
    }

    func inlines(_ inlines: [Inline], insideLink: Bool) -> [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(inlines.count)
        for original in inlines {
            let rewritten: Inline
            switch original {
            case var .link(link):
                link.content = self.inlines(link.content, insideLink: true)
                rewritten = .link(link)
            case .footnote:
                rewritten = original.mappingChildren(blocks: { self.blocks($0, structural: false) },
                                                     inlines: { self.inlines($0, insideLink: false) })
            default:
                rewritten = original.mappingChildren(blocks: { self.blocks($0, structural: false) },
                                                     inlines: { self.inlines($0, insideLink: insideLink) })
            }
            if let replacement = inline(rewritten, insideLink) {
                out.append(contentsOf: replacement)
            } else {
                out.append(rewritten)
            }
        }
        return out
    }
}

// Tree walks. A transform is a few lines:
//
//     document.blocks = document.blocks.rewritten(inlines: { inline in
//         if case .strikethrough = inline { return [] }   // drop struck text
//         return [inline]
//     })
//
// Rewrites are bottom-up: children are rewritten before their parent is offered to the closure.
// Readers bound the model's nesting depth (see `Limits.maxDepth`), so recursion here is bounded.

extension Array where Element == Block {
    /// These blocks rewritten bottom-up: each block (after its children) becomes what `blocks`
    /// returns for it, and each inline what `inlines` returns.
    public func rewritten(blocks: (Block) -> [Block] = { [$0] },
                          inlines: (Inline) -> [Inline] = { [$0] }) -> [Block] {
        var out: [Block] = []
        out.reserveCapacity(count)
        for block in self {
            let inner = block.mappingChildren(
                blocks: { $0.rewritten(blocks: blocks, inlines: inlines) },
                inlines: { $0.rewritten(blocks: blocks, inlines: inlines) })
            out.append(contentsOf: blocks(inner))
        }
        return out
    }

    /// Calls `block` for every block and `inline` for every inline, parents before children.
    public func visit(block: (Block) -> Void = { _ in }, inline: (Inline) -> Void = { _ in }) {
        for child in self {
            block(child)
            child.forEachChildList(blocks: { $0.visit(block: block, inline: inline) },
                                   inlines: { $0.visit(block: block, inline: inline) })
        }
    }
}

extension Array where Element == Inline {
    /// These inlines rewritten bottom-up; see ``Swift/Array/rewritten(blocks:inlines:)``.
    public func rewritten(blocks: (Block) -> [Block] = { [$0] },
                          inlines: (Inline) -> [Inline] = { [$0] }) -> [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(count)
        for inline in self {
            let inner = inline.mappingChildren(
                blocks: { $0.rewritten(blocks: blocks, inlines: inlines) },
                inlines: { $0.rewritten(blocks: blocks, inlines: inlines) })
            out.append(contentsOf: inlines(inner))
        }
        return out
    }

    /// Calls `block` for every block and `inline` for every inline, parents before children.
    public func visit(block: (Block) -> Void = { _ in }, inline: (Inline) -> Void = { _ in }) {
        for child in self {
            inline(child)
            child.forEachChildList(blocks: { $0.visit(block: block, inline: inline) },
                                   inlines: { $0.visit(block: block, inline: inline) })
        }
    }
}

extension Document {
    /// This document with its blocks rewritten; see ``Swift/Array/rewritten(blocks:inlines:)``.
    public func rewritten(blocks: (Block) -> [Block] = { [$0] },
                          inlines: (Inline) -> [Inline] = { [$0] }) -> Document {
        var copy = self
        copy.blocks = self.blocks.rewritten(blocks: blocks, inlines: inlines)
        return copy
    }
}

import OctavoCore
import Testing

@Suite struct RewriteTests {
    @Test func inlineRewriteReachesEveryNesting() {
        let blocks: [Block] = [
            .blockQuote([.list(ListBlock(kind: .bullet, items: [.init(blocks: [.paragraph([.emphasis([.strikethrough([.text("x")]), .text("y")])])])]))]),
        ]
        let rewritten = blocks.rewritten(inlines: { inline in
            if case .strikethrough = inline { return [] }
            return [inline]
        })
        #expect(rewritten == [.blockQuote([.list(ListBlock(kind: .bullet, items: [.init(blocks: [.paragraph([.emphasis([.text("y")])])])]))])])
    }

    @Test func blockRewriteIsBottomUp() {
        let blocks: [Block] = [.division(Attributes(), [.thematicBreak, .paragraph([.text("a")])])]
        var seen: [String] = []
        _ = blocks.rewritten(blocks: { seen.append($0.typeName); return [$0] })
        #expect(seen == ["thematicBreak", "paragraph", "division"])
    }

    @Test func visitSeesEveryInlineInFootnotesAndTables() {
        var texts: [String] = []
        everyConstruct.blocks.visit(inline: { if case let .text(t) = $0 { texts.append(t) } })
        #expect(texts.contains("A note."))
        #expect(texts.contains("h2"))
        #expect(texts.contains("A figure"))
        #expect(texts.contains("Def"))
    }

    @Test func plainTextFlattensMarkup() {
        #expect(Inline.plainText(of: [.text("a "), .emphasis([.text("b")]), .softBreak, .code("c")]) == "a b c")
    }
}

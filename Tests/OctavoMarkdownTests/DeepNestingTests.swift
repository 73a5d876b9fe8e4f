import Foundation
import OctavoCore
import OctavoMarkdown
import Testing

/// Hostile nesting must neither crash nor lose text, and the model stays within `maxDepth`.
@Suite struct DeepNestingTests {
    static func read(_ text: String, maxDepth: Int = Limits().maxDepth) throws -> (Document, ConversionContext) {
        var options = ConversionOptions()
        options.limits.maxDepth = maxDepth
        let context = ConversionContext(options: options, environment: [:])
        let document = try MarkdownReader().read(InputSource(data: Data(text.utf8), path: "deep.md"), context: context)
        return (document, context)
    }

    /// The model's depth in nodes, leaves included (top-level blocks are level 1), with an explicit stack.
    static func depth(of blocks: [Block]) -> Int {
        var deepest = 0
        var stack: [(blocks: [Block], inlines: [Inline], depth: Int)] = [(blocks, [], 1)]
        while let (blocks, inlines, depth) = stack.popLast() {
            if !blocks.isEmpty || !inlines.isEmpty { deepest = max(deepest, depth) }
            for block in blocks {
                _ = block.mappingChildren(blocks: { stack.append(($0, [], depth + 1)); return $0 },
                                          inlines: { stack.append(([], $0, depth + 1)); return $0 })
            }
            for inline in inlines {
                _ = inline.mappingChildren(blocks: { stack.append(($0, [], depth + 1)); return $0 },
                                           inlines: { stack.append(([], $0, depth + 1)); return $0 })
            }
        }
        return deepest
    }

    static func allText(_ blocks: [Block]) -> String {
        var out = ""
        var stack: [[Block]] = [blocks]
        while let next = stack.popLast() {
            for block in next {
                _ = block.mappingChildren(blocks: { stack.append($0); return $0 },
                                          inlines: { out += Inline.plainText(of: $0); return $0 })
            }
        }
        return out
    }

    @Test func tenThousandBlockQuotes() throws {
        let (document, context) = try Self.read(String(repeating: ">", count: 10_000) + " deep text\n")
        #expect(Self.allText(document.blocks).contains("deep text"))
        #expect(Self.depth(of: document.blocks) <= Limits().maxDepth)
        #expect(context.diagnostics.contains { $0.message.contains("flattened") && $0.line == 1 })
    }

    @Test func tenThousandNestedListLevels() throws {
        // `- - - … item` opens one list inside another per marker; then a second item at the top.
        let text = String(repeating: "- ", count: 10_000) + "deepest item\n- top item\n\n"
            + String(repeating: "1. ", count: 10_000) + "ordered\n\n" + String(repeating: "> - ", count: 5_000) + "mixed\n"
        let (document, context) = try Self.read(text)
        let all = Self.allText(document.blocks)
        #expect(all.contains("deepest item") && all.contains("top item") && all.contains("ordered") && all.contains("mixed"))
        #expect(Self.depth(of: document.blocks) <= Limits().maxDepth)
        #expect(context.diagnostics.contains { $0.message.contains("flattened") })
    }

    @Test func deepInlineNestingAndSmallLimit() throws {
        let text = String(repeating: "*a ", count: 3000) + "core" + String(repeating: " a*", count: 3000)
            + "\n\n" + String(repeating: "> ", count: 50) + "quoted [^n]\n\n[^n]: " + String(repeating: "> ", count: 8) + "deep note\n"
        let (document, _) = try Self.read(text, maxDepth: 12)
        #expect(Self.depth(of: document.blocks) <= 12)
        let all = Self.allText(document.blocks)
        #expect(all.contains("core") && all.contains("quoted"))
        // The note has no room left where it is referenced: its text is kept in brackets.
        #expect(all.contains("[n: deep note]"))
    }

    /// JSON takes two levels per model level and Foundation's encoder stops at 512, so this
    /// runs at a limit of 200 (see the report on `Limits.maxDepth`).
    @Test func deepModelSurvivesJSONRoundTrip() throws {
        let (document, _) = try Self.read(String(repeating: ">", count: 10_000) + " deep\n", maxDepth: 200)
        #expect(try ModelJSON.decodeDocument(ModelJSON.encode(document)) == document)
    }
}

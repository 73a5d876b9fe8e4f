import Foundation
import OctavoCore
import OctavoMarkdown
import Testing

@Suite struct FrontMatterTests {
    static func read(_ text: String) throws -> (Document, [Diagnostic]) {
        let context = ConversionContext(environment: [:])
        let document = try MarkdownReader().read(InputSource(data: Data(text.utf8), path: "fm.md"), context: context)
        return (document, context.diagnostics)
    }

    @Test func knownKeysFillMetadata() throws {
        let (document, diagnostics) = try Self.read("---\ntitle: T\nauthor: A\ndate: 2020-01-02\nlang: de\nsubjects: [x, y]\ncover: c.jpg\n---\nBody\n")
        #expect(diagnostics.isEmpty)
        #expect(document.metadata == Metadata(title: "T", authors: ["A"], date: "2020-01-02", language: "de",
                                              subjects: ["x", "y"], cover: "c.jpg"))
        #expect(document.blocks == [.paragraph([.text("Body")])])
    }

    @Test func otherKeysGoToExtraAsStrings() throws {
        let (document, _) = try Self.read("---\nweight: 3\ndraft: false\nlist: [a, b]\nmap:\n  k: v\nempty:\n---\n")
        #expect(document.metadata.extra == ["weight": "3", "draft": "false", "list": "a, b", "map.k": "v"])
    }

    @Test func noTitleIsInventedFromTheFirstHeading() throws {
        let (document, _) = try Self.read("# A heading\n\ntext\n")
        #expect(document.metadata.title == nil)
    }

    @Test func malformedYAMLWarnsWithLineAndKeepsTheText() throws {
        let (document, diagnostics) = try Self.read("---\ntitle: ok\nbad: [unclosed\n---\n\nBody\n")
        #expect(document.metadata.title == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.file == "fm.md")
        #expect((diagnostics.first?.line ?? 0) >= 3)
        var text = ""
        document.blocks.visit(inline: { if case let .text(t) = $0 { text += t } })
        #expect(text.contains("title: ok") && text.contains("Body"))
    }

    @Test func aScalarIsNotFrontMatter() throws {
        let (_, diagnostics) = try Self.read("---\njust a line\n---\n")
        #expect(diagnostics.count == 1)
    }

    @Test func lineNumbersCountTheFrontMatter() throws {
        var options = ConversionOptions()
        options.limits.maxDepth = 5
        let context = ConversionContext(options: options, environment: [:])
        let text = "---\ntitle: x\n---\n\n" + String(repeating: ">", count: 20) + " deep\n"
        _ = try MarkdownReader().read(InputSource(data: Data(text.utf8), path: "fm.md"), context: context)
        #expect(context.diagnostics.first?.line == 5)
    }

    @Test func hostileYAMLIsRefusedWithAWarning() throws {
        let deep = "---\nkey: " + String(repeating: "[", count: 50_000) + "\n---\nBody\n"
        let (document, diagnostics) = try Self.read(deep)
        #expect(diagnostics.count == 1 && diagnostics[0].line == 2)
        #expect(document.metadata == Metadata())
        var bomb = "---\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 { bomb += "b\(level): &b\(level) [" + Array(repeating: level == 1 ? "*a" : "*b\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        for level in 1..<9 { bomb += "m\(level): &m\(level) {" + (0..<10).map { "k\($0): " + (level == 1 ? "*a" : "*m\(level - 1)") }.joined(separator: ", ") + "}\n" }
        bomb += "---\n"
        let (bombed, _) = try Self.read(bomb)
        #expect(bombed.metadata.extra.values.allSatisfy { $0.count < 10_000 })
        #expect(bombed.metadata.extra.count <= 1_000)
    }
}

import Foundation
import OctavoCore
import Testing

private struct ToyReader: DocumentReader {
    let format = FormatDescription(name: "toy", aliases: ["plaything"], extensions: ["toy"], summary: "toy")
    func read(_ input: InputSource, context: ConversionContext) throws -> Document {
        Document(blocks: [.paragraph([.text(String(decoding: input.data, as: UTF8.self))])])
    }
    func sniff(_ prefix: [UInt8]) -> Double { prefix.starts(with: Array("TOY".utf8)) ? 1 : 0 }
}

@Suite struct FormatRegistryTests {
    let registry: FormatRegistry = {
        var r = FormatRegistry()
        r.register(reader: ToyReader())
        return r
    }()

    @Test func findsByNameAliasAndExtension() throws {
        #expect(registry.reader(named: "toy") != nil)
        #expect(registry.reader(named: "PLAYTHING") != nil)
        #expect(registry.reader(forExtension: "TOY") != nil)
        #expect(registry.reader(named: "nope") == nil)
    }

    @Test func sniffsContentWhenTheExtensionSaysNothing() throws {
        let input = InputSource(data: Data("TOY file".utf8), path: "noext")
        #expect(try registry.reader(for: input, named: nil).format.name == "toy")
        let other = InputSource(data: Data("something".utf8), path: "noext")
        #expect(throws: OctavoError.self) { try registry.reader(for: other, named: nil) }
    }

    @Test func unknownNameIsAUsageError() {
        let input = InputSource(data: Data(), path: "a.toy")
        #expect {
            try registry.reader(for: input, named: "klingon")
        } throws: { ($0 as? OctavoError)?.isUsageError == true }
    }

    @Test func sourceDateEpochFixesTheDate() {
        let context = ConversionContext(environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(context.date == Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test func diagnosticsAreCollectedAndDescribed() {
        let context = ConversionContext()
        context.report(.warning, "dropped a thing", file: "a.md", line: 3, source: "test.rule")
        #expect(context.diagnostics.map(\.description) == ["a.md:3: warning: dropped a thing [test.rule]"])
    }
}

import Foundation
import Octavo
import OctavoTestSupport
import Testing

// This file is the example of docs/extending.md: a package that adds a reader, a writer and a
// transform, and builds its own octavo-like tool from the library. Keep the two in step.

/// Reads "key: value" lines as a definition list; a `# ` line is a heading.
struct KeyValueReader: DocumentReader {
    let format = FormatDescription(name: "keyvalue", aliases: ["kv"], extensions: ["kv"], summary: "key: value lines")

    func read(_ input: InputSource, context: ConversionContext) throws -> Document {
        var blocks: [Block] = [], items: [DefinitionItem] = []
        let lines = String(decoding: input.data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() where !line.isEmpty {
            if line.hasPrefix("# ") {
                blocks.append(.heading(Heading(level: 1, content: [.text(String(line.dropFirst(2)))])))
            } else if let colon = line.firstIndex(of: ":") {
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                items.append(DefinitionItem(term: [.text(String(line[..<colon]))], definitions: [[.plain([.text(value)])]]))
            } else {
                context.report(.warning, "line without a colon, skipped", file: input.displayName, line: number + 1, source: "keyvalue")
            }
        }
        if !items.isEmpty { blocks.append(.definitionList(items)) }
        return Document(blocks: blocks)
    }
}

/// Writes a document as CSV: one "term,definition" row per definition-list item.
struct CSVWriter: DocumentWriter {
    let format = FormatDescription(name: "csv", extensions: ["csv"], summary: "definition lists as CSV")

    func write(_ book: Book, context: ConversionContext) throws -> Data {
        var rows: [String] = []
        for document in book.documents {
            document.blocks.visit(block: { block in
                guard case let .definitionList(items) = block else { return }
                for item in items {
                    var definition = ""
                    item.definitions.flatMap { $0 }.visit(inline: { if case let .text(t) = $0 { definition += t } })
                    rows.append(Inline.plainText(of: item.term) + "," + definition)
                }
            })
        }
        return Data(rows.map { $0 + "\n" }.joined().utf8)
    }
}

/// Upper-cases every term.
struct ShoutTerms: DocumentTransform {
    func apply(to document: inout Document, context: ConversionContext) throws {
        document.blocks = document.blocks.rewritten(blocks: { block in
            guard case let .definitionList(items) = block else { return [block] }
            return [.definitionList(items.map { item in
                var item = item
                item.term = [.text(Inline.plainText(of: item.term).uppercased())]
                return item
            })]
        })
    }
}

/// `mytool FOLDER OUTPUT [FORMAT]`: every file of FOLDER converted into OUTPUT, in parallel.
enum MyTool {
    static func main(_ arguments: [String]) async -> Int32 {
        guard arguments.count >= 2 else { return 2 }
        var registry = FormatRegistry.standard
        registry.register(reader: KeyValueReader())
        registry.register(writer: CSVWriter())
        do {
            let template = BatchTemplate(to: arguments.count > 2 ? arguments[2] : "csv")
            let jobs = try BatchPlanner(registry: registry, outputFolder: arguments[1], template: template).plan([arguments[0]])
            let engine = BatchEngine(registry: registry, transforms: [ShoutTerms()])
            let summary = await engine.run(jobs)
            for failure in summary.failures { print(failure.error?.description ?? "failed") }
            return summary.succeeded ? 0 : 1
        } catch {
            print(error)
            return 2
        }
    }
}

@Suite struct InProcessPluginTests {
    @Test func aPackageBuildsItsOwnToolWithAToyFormat() async throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try BatchFixtures.write(["in/fruit.kv": "# Fruit\napple: red\nbanana: yellow\n", "in/more/veg.kv": "leek: green\n"],
                                under: root)
        let input = root.appendingPathComponent("in").path, output = root.appendingPathComponent("out").path
        #expect(await MyTool.main([input, output]) == 0)
        #expect(try String(contentsOfFile: output + "/fruit.csv", encoding: .utf8) == "APPLE,red\nBANANA,yellow\n")
        #expect(try String(contentsOfFile: output + "/more/veg.csv", encoding: .utf8) == "LEEK,green\n")
        // The built-in writers work on the new format's documents too.
        #expect(await MyTool.main([input, output, "json"]) == 0)
        let json = try ModelJSON.decodeDocument(Data(contentsOf: URL(fileURLWithPath: output + "/fruit.json")))
        #expect(json.blocks.first == .heading(Heading(level: 1, content: [.text("Fruit")])))
        #expect(await MyTool.main([input, output, "klingon"]) == 2)
    }
}

import Foundation
import Synchronization
import OctavoCore
import OctavoMarkdown
import OctavoTestSupport
import Testing

/// Behaviour that goldens show less clearly: dialects, resources, line numbers.
@Suite struct MarkdownReaderTests {
    static func read(_ text: String, dialect: MarkdownReader.Dialect = .gfm,
                     options: ConversionOptions = .init()) throws -> (Document, ConversionContext) {
        let context = ConversionContext(options: options, environment: [:])
        let document = try MarkdownReader(dialect: dialect).read(InputSource(data: Data(text.utf8), path: "in.md"), context: context)
        return (document, context)
    }

    @Test func commonmarkDialectHasNoExtensions() throws {
        let text = "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~x~~ www.example.com [^1]\n\n[^1]: note\n"
        let (strict, _) = try Self.read(text, dialect: .commonmark)
        var kinds: [String] = []
        strict.blocks.visit(block: { kinds.append($0.typeName) }, inline: { kinds.append($0.typeName) })
        #expect(!kinds.contains("table"))
        #expect(!kinds.contains("strikethrough"))
        #expect(!kinds.contains("footnote"))
        // `[^1]: note` is a link reference definition in CommonMark, so `[^1]` is a link; `www.` is text.
        var destinations: [String] = []
        strict.blocks.visit(inline: { if case let .link(link) = $0 { destinations.append(link.destination) } })
        #expect(destinations == ["note"])
        let (gfm, _) = try Self.read(text)
        kinds = []
        gfm.blocks.visit(block: { kinds.append($0.typeName) }, inline: { kinds.append($0.typeName) })
        #expect(kinds.contains("table") && kinds.contains("strikethrough") && kinds.contains("footnote") && kinds.contains("link"))
    }

    @Test func formatsAreNamedAsTheCLIExpects() {
        let gfm = MarkdownReader().format
        #expect(gfm.name == "markdown" && gfm.isNamed("md") && gfm.isNamed("gfm"))
        #expect(gfm.extensions == ["md", "markdown"])
        #expect(MarkdownReader(dialect: .commonmark).format.name == "commonmark")
    }

    @Test func codeAndRawHTMLAreByteExact() throws {
        let (document, _) = try Self.read("```\n  a\tb  \n\n```\n\n<div>\n x &amp;\n</div>\n")
        #expect(document.blocks == [
            .codeBlock(CodeBlock(text: "  a\tb  \n\n")),
            .raw(format: "html", text: "<div>\n x &amp;\n</div>\n"),
        ])
    }

    @Test func localImagesAreRecordedOnce() throws {
        let (document, _) = try Self.read("![a](a.png) ![b](https://x.org/b.png) ![c](a.png) ![d](../d.jpg)")
        #expect(document.resources.map(\.reference) == ["a.png", "../d.jpg"])
    }

    @Test func footnoteReferencesShareLabelAndBlocks() throws {
        let (document, _) = try Self.read("x[^a] y[^a]\n\n[^a]: note\n")
        guard case let .paragraph(inlines) = document.blocks.first else { Issue.record("no paragraph"); return }
        let notes = inlines.compactMap { if case let .footnote(note) = $0 { note } else { nil } }
        #expect(notes.count == 2)
        #expect(notes[0] == notes[1])
        #expect(notes[0] == Footnote(label: "a", blocks: [.paragraph([.text("note")])]))
    }

    @Test func notesCitingEarlierNotesCarryTheirBlocks() throws {
        let (document, _) = try Self.read("x[^a] y[^b]\n\n[^a]: first\n[^b]: see[^a]\n")
        var cited: [Footnote] = []
        document.blocks.visit(inline: { if case let .footnote(note) = $0, note.label == "b" { cited.append(note) } })
        guard case let .paragraph(inlines)? = cited.first?.blocks.first else { Issue.record("note b has no paragraph"); return }
        #expect(inlines.last == .footnote(Footnote(label: "a", blocks: [.paragraph([.text("first")])])))
    }

    @Test func selfReferencingFootnoteDoesNotLoop() throws {
        let (document, _) = try Self.read("x[^a]\n\n[^a]: see[^a]\n")
        #expect(!document.blocks.isEmpty)
    }

    @Test func emptyAndBinaryInputDoNotFail() throws {
        #expect(try Self.read("").0.blocks.isEmpty)
        let context = ConversionContext(environment: [:])
        let bytes = Data([0xFF, 0xFE, 0x00, 0x41, 0xC3])
        let document = try MarkdownReader().read(InputSource(data: bytes, path: nil), context: context)
        #expect(document.blocks.count == 1)
    }

    /// Each parse has its own allocation arena (found per thread): parallel reads must agree.
    @Test func parallelReadsGiveTheSameModel() throws {
        let fixtures = Repository.files(in: Repository.fixtures("OctavoMarkdownTests"), withExtension: "md")
        let inputs = try fixtures.map { InputSource(data: try Data(contentsOf: $0), path: $0.lastPathComponent) }
        let expected = try inputs.map { try MarkdownReader().read($0, context: ConversionContext(environment: [:])) }
        let outcomes = Mutex<(matches: Int, mismatches: [String])>((0, []))
        DispatchQueue.concurrentPerform(iterations: inputs.count * 4) { index in
            let which = index % inputs.count
            let document = try? MarkdownReader().read(inputs[which], context: ConversionContext(environment: [:]))
            outcomes.withLock {
                if document == expected[which] { $0.matches += 1 } else { $0.mismatches.append(fixtures[which].lastPathComponent) }
            }
        }
        let (matches, mismatches) = outcomes.withLock { $0 }
        #expect(mismatches.isEmpty)
        #expect(matches == inputs.count * 4)
    }
}

import Foundation
import OctavoCore
@testable import OctavoMarkdown
import OctavoTestSupport
import Testing

/// A long text read in parts gives the model and the diagnostics the whole text gives.
/// `partSize: 1` takes every cut there is, the hardest case for the cuts.
@Suite struct MarkdownPartsTests {
    struct Reading: Equatable {
        var document: Document
        var diagnostics: [String]
    }

    static func read(_ text: String, partSize: Int, dialect: MarkdownReader.Dialect = .gfm) throws -> Reading {
        var options = ConversionOptions()
        options.limits.maxDepth = 40
        let context = ConversionContext(options: options, environment: [:])
        var reader = MarkdownReader(dialect: dialect)
        reader.partSize = partSize
        let document = try reader.read(InputSource(data: Data(text.utf8), path: "in.md"), context: context)
        return Reading(document: document, diagnostics: context.diagnostics.map { "\($0.line ?? 0): \($0.message)" })
    }

    /// How many parts `text` is read in with `partSize`.
    static func parts(_ text: String, partSize: Int) -> Int {
        var builder = MarkdownTreeBuilder(maxDepth: 128)
        return Data(text.utf8).withUnsafeBytes { MarkdownParts.parse($0, gfm: true, partSize: partSize, into: &builder) }
    }

    static func expectSameInParts(_ text: String, _ name: String, dialect: MarkdownReader.Dialect = .gfm) throws {
        let whole = try read(text, partSize: 0, dialect: dialect)
        for size in [1, 64, 4096] {
            let parts = try read(text, partSize: size, dialect: dialect)
            #expect(parts.diagnostics == whole.diagnostics, "\(name), parts of \(size)")
            #expect(parts.document.metadata == whole.document.metadata && parts.document.resources == whole.document.resources)
            if let index = Array(zip(parts.document.blocks, whole.document.blocks)).firstIndex(where: { $0 != $1 })
                ?? (parts.document.blocks.count == whole.document.blocks.count ? nil : min(parts.document.blocks.count, whole.document.blocks.count)) {
                let got = parts.document.blocks.dropFirst(index).first.map { String(describing: $0).prefix(300) } ?? "nothing"
                let want = whole.document.blocks.dropFirst(index).first.map { String(describing: $0).prefix(300) } ?? "nothing"
                Issue.record("\(name.prefix(80)), parts of \(size): block \(index) is \(got)\nwhole: \(want)")
            }
        }
    }

    static func corpus(_ name: String) throws -> String {
        try String(contentsOf: Repository.shared.appendingPathComponent("corpus/commonmark/\(name)"), encoding: .utf8)
    }

    /// The spec documents: long texts full of fences, HTML blocks, lists and references.
    @Test(arguments: ["source/commonmark-spec-0.31.2.txt", "source/gfm-spec-0.29.0.gfm.13.txt",
                      "source/gfm-extensions-0.29.0.gfm.13.txt"])
    func specDocumentsReadAlikeInParts(_ file: String) throws {
        let text = try Self.corpus(file)
        #expect(Self.parts(text, partSize: 1) > 20, "the text is cut")
        try Self.expectSameInParts(text, file)
        try Self.expectSameInParts(text, file, dialect: .commonmark)
    }

    /// Every spec example one after the other: each one's odd ending meets the next one's start.
    @Test(arguments: ["spec.json", "gfm-spec.json", "gfm-extensions.json"])
    func specExamplesInARowReadAlikeInParts(_ file: String) throws {
        struct Example: Decodable { var markdown: String }
        let data = try Data(contentsOf: Repository.shared.appendingPathComponent("corpus/commonmark/\(file)"))
        let examples = try JSONDecoder().decode([Example].self, from: data).map(\.markdown)
        for separator in ["\n\n", "\n", "\n\nText\n\n"] {
            let text = examples.joined(separator: separator)
            try Self.expectSameInParts(text, "\(file) joined by \(separator.debugDescription)")
        }
    }

    @Test func fixturesReadAlikeInParts() throws {
        let folder = Repository.root.appendingPathComponent("Tests/OctavoMarkdownTests/Fixtures")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".md") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            try Self.expectSameInParts(text + "\n\n" + text, name)
        }
    }

    /// Texts where a naive cut would change the result, each next to what keeps it whole.
    @Test(arguments: [
        // A loose list: its second item follows a blank line.
        "- a\n\n- b\n\nText\n",
        // A fence inside a list item, then an unindented fence that opens a new top-level block
        // (a scan of fences alone takes it for the closing one).
        "- item\n  ```\n  x\n\n```\ncode\n\nstill code\n```\n\nafter\n",
        // Blank lines and unindented lines inside fences and HTML blocks.
        "```\nx\n\ny\n```\n\nz\n", "~~~~\n\n```\n\nw\n~~~~\n\nv\n", "<!--\n\nhidden\n\n-->\n\nshown\n",
        "<pre>\n\nkept\n\n</pre>\n\nnext\n", "<div>\n\nblock\n</div>\n\nnext\n", "    code\n\nnot code\n",
        // References and notes defined far from where they are used.
        "[a]\n\nText [B] and [c][a].\n\n[a]: /one\n\n[b]: /two\n",
        "Note[^n] here.\n\nMiddle.\n\n[^n]: The note.\n\nEnd[^n].\n",
        "[ẞ]\n\nMiddle.\n\n[ss]: /fold\n", "[Foo\n bar]\n\nMiddle.\n\n[foo bar]: /spaces\n",
        "[x]: /first\n\n[x]\n\n[x]: /second\n\n[x]\n",
        // Carriage returns, a byte order mark and a setext underline after a blank.
        "\u{FEFF}# Title\r\n\r\nText\r\rMore\r\n\r\n===\n\nEnd\n",
        // Nesting too deep for the limit, late in the text (the diagnostic's line).
        "Start\n\n" + String(repeating: "> ", count: 60) + "deep\n\nEnd\n",
    ])
    func trickyTextsReadAlikeInParts(_ text: String) throws {
        try Self.expectSameInParts(text, text.debugDescription)
        try Self.expectSameInParts(String(repeating: text + "\n\n", count: 3), "three times " + text.debugDescription)
    }

    @Test func shortTextsAreReadWhole() {
        #expect(Self.parts("a\n\nb\n\nc\n", partSize: 1 << 20) == 1)
        #expect(Self.parts(String(repeating: "Paragraph text.\n\n", count: 1000), partSize: 1000) > 10)
    }
}

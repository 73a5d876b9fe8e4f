import Foundation
import OctavoCore
import OctavoMarkdown
import OctavoTestSupport
import OctavoText
import Testing

/// Every `Fixtures/<case>.md`, read as Markdown and written as text at the default width, must
/// equal `Fixtures/<case>.txt`; one fixture is also checked at width 40 and unwrapped.
@Suite struct PlainTextGoldenTests {
    static let fixtures = Repository.fixtures("OctavoTextTests")
    static let cases = Repository.files(in: fixtures, withExtension: "md").map { $0.deletingPathExtension().lastPathComponent }

    static func text(_ name: String, wrap: Wrap? = nil) throws -> String {
        var options = ConversionOptions()
        options.wrap = wrap
        let context = ConversionContext(options: options, environment: [:])
        let url = fixtures.appendingPathComponent(name + ".md")
        let document = try MarkdownReader().read(InputSource(data: try Data(contentsOf: url), path: url.path), context: context)
        let data = try PlainTextWriter().write(Book(metadata: document.metadata, documents: [document]), context: context)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func thereAreFixtures() { #expect(Self.cases.count >= 8) }

    @Test(arguments: cases)
    func textMatchesGolden(_ name: String) throws {
        Golden.check(try Self.text(name), against: Self.fixtures.appendingPathComponent(name + ".txt"))
    }

    @Test(arguments: ["prose", "lists", "cjk"])
    func wrapFortyMatchesGolden(_ name: String) throws {
        let text = try Self.text(name, wrap: .column(40))
        Golden.check(text, against: Self.fixtures.appendingPathComponent(name + ".wrap40.txt"))
    }

    @Test func wrapNoneKeepsEachParagraphOnOneLine() throws {
        let text = try Self.text("prose", wrap: Wrap.none)
        Golden.check(text, against: Self.fixtures.appendingPathComponent("prose.nowrap.txt"))
        #expect(text.contains("Paragraphs are wrapped at the column the user asks for, by display width, never in the middle of a word."))
    }

    @Test(arguments: cases)
    func noLineIsWiderThanTheWrapUnlessItCannotBreak(_ name: String) throws {
        for width in [40, 72] {
            for line in try Self.text(name, wrap: .column(width)).split(separator: "\n") {
                let isCodeOrTable = line.hasPrefix("    ") || line.contains("  ")
                let hasUnbreakableWord = line.split(separator: " ").contains { $0.count > width / 2 }
                if !isCodeOrTable && !hasUnbreakableWord {
                    #expect(DisplayWidthProbe.width(line) <= width, "\(name) @\(width): \(line)")
                }
            }
        }
    }
}

/// Display width as the tests count it: wide CJK and emoji are two columns.
enum DisplayWidthProbe {
    static func width(_ text: Substring) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F300...0x1FAFF: sum + 2
            default: sum + 1
            }
        }
    }
}

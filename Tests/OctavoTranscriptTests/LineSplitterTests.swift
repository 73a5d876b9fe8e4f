import Foundation
import OctavoCore
import Testing
@testable import OctavoTranscript

/// How input bytes become numbered, flagged and repaired lines, and how time codes alone on a
/// line find their paragraph.
@Suite struct LineSplitterTests {
    /// Line feeds, CRLF, lone CR, form feeds (which take no number), flagged bytes, invalid
    /// UTF-8 and repaired lines: numbers, text, flags, page starts, counts and diagnostics.
    @Test func linesAreNumberedFlaggedAndRepaired() {
        var unit = Array("plain line  \r\nsecond \\ <b> {x}\n\u{0C}page two\rcaf\u{E9}\u{1}\n\nit\u{E2}\u{20AC}\u{2122}s\u{A0}here\n\t  indented\n".utf8)
        unit += [0x62, 0x61, 0x64, 0xFF, 0xC3, 0x0A] // "bad", a stray byte and a truncated sequence
        let bytes = Array(repeating: unit, count: 50).joined() + Array("no final newline".utf8)
        let context = ConversionContext(options: .init(), environment: [:])
        let log = RuleLog(context: context, file: "t.txt")
        let split = bytes.withUnsafeBufferPointer { LineSplitter.split($0, log: log) }
        log.flush()
        let lines = split.lines.map { "\($0.number)|\($0.text)|\($0.flags.rawValue)|\($0.startsPage)|\($0.indent)" }
        let diagnostics = context.diagnostics.map(\.description)
        #expect(lines.count == 50 * 9 + 1)
        #expect(lines.last == "\(50 * 8 + 1)|no final newline|0|false|0")
        #expect(lines[0] == "1|plain line|0|false|0")
        #expect(lines[8] == "8|bad\u{FFFD}\u{FFFD}|1|false|0")
        #expect(split.replacedSequences == 100)
        #expect(diagnostics.count == 2)
        #expect(diagnostics.first?.contains("invisible characters on 100 lines, first at line 4") == true)
        #expect(diagnostics.last?.contains("mojibake on 50 lines, first at line 6") == true)
    }

    /// A block holding only a time code gives it to the paragraph before it.
    @Test func aTimeCodeBlockTimesTheParagraphBeforeIt() throws {
        let text = (0..<40).map { "We talked about item \($0) at length.\n\n[00:00:\(String(format: "%02d", $0))]\n\n" }.joined()
        let (document, _) = try Transcript.read(text)
        guard case let .division(attributes, _)? = document.blocks.first else {
            Issue.record("no timed paragraph: \(document.blocks.prefix(2))")
            return
        }
        #expect(attributes.pairs[Conventions.Key.timestamp] == "00:00:00")
    }
}

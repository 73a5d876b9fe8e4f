import Foundation
import OctavoCore
import OctavoTestSupport
import Testing
@testable import OctavoTranscript

/// Large inputs are read on several threads (lines split in pieces, blocks segmented in runs,
/// inlines built in runs); the lines, the document and every diagnostic must be exactly what
/// one thread in order gives. `threads` forces the parallel paths on small inputs too.
@Suite struct ParallelSegmentationTests {
    static var inputs: [URL] {
        let files = (try? FileManager.default.contentsOfDirectory(at: Transcript.corpus, includingPropertiesForKeys: nil)) ?? []
        return files.filter { ["txt", "md"].contains($0.pathExtension) }.sorted { $0.path < $1.path } + [Transcript.sample]
    }

    static func read(_ data: Data, parts: Int) throws -> (Document, [Diagnostic]) {
        var reader = TranscriptReader()
        reader.threads = parts
        let context = ConversionContext(options: .init(), environment: [:])
        let document = try reader.read(InputSource(data: data, path: "test.txt"), context: context)
        return (document, context.diagnostics)
    }

    @Test(arguments: inputs)
    func partsGiveWhatOnePartGives(_ url: URL) throws {
        let data = try Data(contentsOf: url)
        let (whole, wholeDiagnostics) = try Self.read(data, parts: 1)
        for parts in [2, 3, 7] {
            let (split, splitDiagnostics) = try Self.read(data, parts: parts)
            // Compared as Booleans: the documents are too long to print.
            let sameDocument = split == whole, sameDiagnostics = splitDiagnostics == wholeDiagnostics
            #expect(sameDocument, "\(url.lastPathComponent) in \(parts) parts")
            #expect(sameDiagnostics, "\(url.lastPathComponent) in \(parts) parts")
        }
        #expect(!whole.blocks.isEmpty)
    }

    /// A part whose first block is a time code alone gives it to the last paragraph of the part before.
    @Test func aTimeCodeBlockAtAPartStartReachesThePreviousParagraph() throws {
        let text = (0..<40).map { "We talked about item \($0) at length.\n\n[00:00:\(String(format: "%02d", $0))]\n\n" }.joined()
        let (whole, _) = try Self.read(Data(text.utf8), parts: 1)
        for parts in [3, 4] { // 80 one-line blocks: 3 parts start at block 27, a time code's
            #expect(try Self.read(Data(text.utf8), parts: parts).0 == whole)
        }
        guard case let .division(attributes, _)? = whole.blocks.first else { Issue.record("no timed paragraph: \(whole.blocks.prefix(2))"); return }
        #expect(attributes.pairs[Conventions.Key.timestamp] == "00:00:00")
    }

    @Test func cutsMakeNonEmptyRunsInOrder() {
        let lines = (1...100).map { SourceLine(text: "line \($0)", number: $0) }
        let blocks = stride(from: 0, to: 100, by: 10).map { lines[$0..<$0 + 10] }
        #expect(Segmenter.cuts(blocks, parts: 1) == [0, 10])
        #expect(Segmenter.cuts(blocks, parts: 2) == [0, 5, 10])
        #expect(Segmenter.cuts(blocks, parts: 3) == [0, 4, 7, 10])
        #expect(Segmenter.cuts(Array(blocks.prefix(2)), parts: 3) == [0, 2])
    }

    /// Line feeds, CRLF, lone CR, form feeds (which take no number), flagged bytes, invalid
    /// UTF-8 and repaired lines, in pieces: the same lines, counts and diagnostics as one piece.
    @Test func linesSplitInPiecesAreNumberedOn() {
        var unit = Array("plain line  \r\nsecond \\ <b> {x}\n\u{0C}page two\rcaf\u{E9}\u{1}\n\nit\u{E2}\u{20AC}\u{2122}s\u{A0}here\n\t  indented\n".utf8)
        unit += [0x62, 0x61, 0x64, 0xFF, 0xC3, 0x0A] // "bad", a stray byte and a truncated sequence
        let bytes = Array(repeating: unit, count: 50).joined() + Array("no final newline".utf8)
        func split(_ pieces: Int) -> (lines: [String], replaced: Int, diagnostics: [String]) {
            let context = ConversionContext(options: .init(), environment: [:])
            let log = RuleLog(context: context, file: "t.txt")
            let result = bytes.withUnsafeBufferPointer { LineSplitter.split($0, pieces: pieces, log: log) }
            log.flush()
            return (result.lines.map { "\($0.number)|\($0.text)|\($0.flags.rawValue)|\($0.startsPage)|\($0.indent)" },
                    result.replacedSequences, context.diagnostics.map(\.description))
        }
        let whole = split(1)
        #expect(whole.lines.count == 50 * 9 + 1)
        #expect(whole.lines.last == "\(50 * 8 + 1)|no final newline|0|false|0")
        #expect(whole.lines[0] == "1|plain line|0|false|0")
        #expect(whole.lines[8] == "8|bad\u{FFFD}\u{FFFD}|1|false|0")
        #expect(whole.replaced == 100)
        #expect(whole.diagnostics.count == 2)
        #expect(whole.diagnostics.first?.contains("invisible characters on 100 lines, first at line 4") == true)
        #expect(whole.diagnostics.last?.contains("mojibake on 50 lines, first at line 6") == true)
        for pieces in [2, 3, 5, 64] {
            let split = split(pieces)
            #expect(split.lines == whole.lines, "\(pieces) pieces")
            #expect(split.replaced == whole.replaced && split.diagnostics == whole.diagnostics, "\(pieces) pieces")
        }
    }
}

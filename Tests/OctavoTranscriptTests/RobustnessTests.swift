import Foundation
import OctavoCore
import Testing
@testable import OctavoTranscript

/// Bad bytes never crash the reader; what was repaired is reported.
@Suite struct RobustnessTests {
    @Test func invalidUTF8IsReplacedAndReported() throws {
        let (document, diagnostics) = try Transcript.read(Data([0x48, 0x69, 0xFF, 0xFE, 0x21, 0x0A]))
        #expect(Transcript.plainText(document).contains("Hi"))
        #expect(diagnostics.contains { $0.source == "transcript.decoding" && $0.severity == .warning
            && $0.message == "replaced 2 invalid UTF-8 sequence(s) with U+FFFD" })
    }

    @Test func utf16WithBOMIsDecoded() throws {
        var data = Data([0xFF, 0xFE])
        for unit in "MS. PSAKI:  Good evening.\n".utf16 { data.append(UInt8(unit & 0xFF)); data.append(UInt8(unit >> 8)) }
        let (document, _) = try Transcript.read(data)
        #expect(Transcript.plainText(document) == "MS. PSAKI: Good evening.")
    }

    @Test func nulCRLFAndFormFeeds() throws {
        let (document, _) = try Transcript.read(Data("Q:\u{0} Why?\r\n\r\nA: Because.\u{0C}\r\n12\r\nMore text.\r\n".utf8))
        let text = Transcript.plainText(document)
        #expect(text.contains("Q: Why?"))
        #expect(text.contains("A: Because."))
        #expect(!text.contains("\r"))
    }

    @Test func longSingleLine() throws {
        let line = String(repeating: "word ", count: 2_000_000) // 10 MB, one line
        let (document, _) = try Transcript.read(line)
        #expect(document.blocks.count == 1)
    }

    @Test func emptyInput() throws {
        let (document, _) = try Transcript.read("")
        #expect(document.blocks.isEmpty)
    }
}

/// How sure the reader is that bytes are a transcript.
@Suite struct SniffTests {
    @Test func subtitlesScoreHighAndTextLow() {
        let reader = TranscriptReader()
        #expect(reader.sniff(Array("WEBVTT\n\n00:00:04.000 --> 00:00:06.120\nVideo".utf8)) > 0.9)
        #expect(reader.sniff(Array("1\n00:02:17,250 --> 00:02:20,500\nThis blade has a dark past.\n".utf8)) > 0.8)
        let text = reader.sniff(Array("MS. PSAKI:  Good evening, everyone.\n".utf8))
        #expect(text > 0 && text < 0.5)
        #expect(reader.sniff([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]) == 0)
    }
}

import Foundation
import OctavoCore
import Testing
@testable import OctavoTranscript

/// Bad bytes never crash the reader; what was repaired is reported.
@Suite struct RobustnessTests {
    @Test func invalidUTF8IsReplacedAndReported() throws {
        let (document, diagnostics) = try Transcript.read(Data([0x48, 0x69, 0xFF, 0xFE, 0x21, 0x0A]))
        #expect(Transcript.plainText(document).contains("Hi"))
        #expect(diagnostics.contains { $0.source == "transcript.decoding" && $0.severity == .warning })
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

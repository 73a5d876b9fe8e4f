import Foundation
import OctavoTestSupport
import Testing

/// Bytes that are not what they claim: invalid UTF-8, UTF-16 without a byte order mark, NUL.
extension HostileInputTests {
    /// The writers every encoding case is written with (those registered).
    static var textWriters: [String] { ["json", "text", "html"].filter(Formats.hasWriter) }

    /// Wraps `body` (bytes of paragraph text) as the reader `name` expects it.
    static func document(for reader: String, _ body: [UInt8]) -> Data {
        switch reader {
        case "html": Data("<!DOCTYPE html><html><body><p>".utf8 + body + "</p></body></html>\n".utf8)
        default: Data(body + [0x0A])
        }
    }

    @Test func invalidUTF8IsReplacedNotFatal() throws {
        let workspace = try Workspace()
        let body = Array("before ".utf8) + [0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82, 0xED, 0xA0, 0x80] + Array(" after".utf8)
        for reader in Formats.textReaders {
            let input = try workspace.write("invalid.\(reader.ext)", Self.document(for: reader.name, body))
            for writer in Self.textWriters {
                let result = try CommandRunner.octavo(["convert", input, "-t", writer])
                #expect(result.status == 0, "\(reader.name) → \(writer): \(result.summary)")
                #expect(result.stdoutIsUTF8, "\(reader.name) → \(writer) wrote invalid UTF-8")
                #expect(result.stdoutText.contains("before") && result.stdoutText.contains("after"),
                        "\(reader.name) → \(writer) lost the text around the bad bytes")
            }
        }
    }

    @Test func utf16WithoutByteOrderMarkIsReadOrRefusedClearly() throws {
        let workspace = try Workspace()
        let text = "Hello, hostile world.\n\nA second paragraph.\n"
        for reader in Formats.textReaders {
            let source = reader.name == "html" ? "<html><body><p>\(text)</p></body></html>" : text
            var data = Data()
            for unit in source.utf16 { data.append(UInt8(unit & 0xFF)); data.append(UInt8(unit >> 8)) }
            let input = try workspace.write("utf16.\(reader.ext)", data)
            for writer in Self.textWriters {
                let result = try CommandRunner.octavo(["convert", input, "-t", writer])
                #expect(result.isCleanOutcome, "\(reader.name) → \(writer): \(result.summary)")
                #expect(result.stdoutIsUTF8)
                #expect(!result.stdout.contains(0), "\(reader.name) → \(writer) wrote NUL bytes")
            }
        }
    }

    @Test func nulBytesNeverReachTheOutput() throws {
        let workspace = try Workspace()
        let body = Array("abc".utf8) + [0] + Array("def".utf8) + [0, 0] + Array(" tail".utf8)
        for reader in Formats.textReaders {
            let input = try workspace.write("nul.\(reader.ext)", Self.document(for: reader.name, body))
            for writer in Self.textWriters {
                let result = try CommandRunner.octavo(["convert", input, "-t", writer])
                #expect(result.status == 0, "\(reader.name) → \(writer): \(result.summary)")
                #expect(!result.stdout.contains(0), "\(reader.name) → \(writer) wrote NUL bytes")
                #expect(result.stdoutIsUTF8)
                #expect(result.stdoutText.contains("abc"))
            }
        }
    }

    @Test func binaryGarbageOnStandardInputIsHandled() throws {
        // Not any format: sniffing finds no reader (exit 2 names the problem) or a reader copes.
        var generator = SplitMix(seed: 0x0C7A_0F00)
        let garbage = Data((0..<200_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        let sniffed = try CommandRunner.octavo(["convert", "-", "-t", "json"], stdin: garbage)
        #expect([0, 1, 2].contains(sniffed.status), "\(sniffed.summary)")
        #expect(!sniffed.stderr.contains("Fatal error"))
        for reader in Formats.textReaders {
            let result = try CommandRunner.octavo(["convert", "-f", reader.name, "-", "-t", "json"], stdin: garbage)
            #expect(result.isCleanOutcome, "\(reader.name): \(result.summary)")
            #expect(result.stdoutIsUTF8)
        }
    }
}

/// A small deterministic random number generator, so that garbage is the same on every run.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

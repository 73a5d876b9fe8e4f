import Foundation
import Octavo
import OctavoTestSupport
import Testing

/// The sample plug-ins of Samples/plugins/ (Python 3, standard library only) against goldens
/// in Samples/plugins/expected/ (`OCTAVO_RECORD=1` rewrites them).
@Suite struct SamplePluginTests {
    private let samples = Repository.root.appendingPathComponent("Samples/plugins")

    private func program(_ role: PluginProgram.Role, _ name: String) -> PluginProgram {
        PluginProgram(role: role, name: name, path: samples.appendingPathComponent("octavo-\(role.rawValue)-\(name)").path,
                      describeTimeout: 30)
    }

    private func notes() throws -> Document {
        let input = try InputSource.load(samples.appendingPathComponent("notes.org").path)
        return try PluginReader(program: program(.reader, "org")).read(input, context: ConversionContext())
    }

    @Test func theOrgReaderReadsTheSampleNotes() throws {
        let document = try notes()
        #expect(document.metadata.title == "Field notes on a small press")
        #expect(document.metadata.authors == ["Ada Quire", "Ben Folio"])
        Golden.check(TreeDump.dump(document), against: samples.appendingPathComponent("expected/notes.tree"))
    }

    @Test func theGeminiWriterWritesTheSampleNotes() throws {
        let writer = PluginWriter(program: program(.writer, "gemini"))
        let book = Converter().assemble([try notes()], context: ConversionContext())
        let text = String(decoding: try writer.write(book, context: ConversionContext()), as: UTF8.self)
        Golden.check(text, against: samples.appendingPathComponent("expected/notes.gmi"))
        #expect(writer.format.extensions == ["gmi", "gemini"])
        #expect(writer.format.mediaTypes == ["text/gemini"])
    }

    @Test func theOrgReaderRefusesTextThatIsNotUTF8() throws {
        let input = InputSource(data: Data([0x2A, 0x20, 0xFF, 0xFE, 0x0A]), path: "latin.org")
        #expect(throws: OctavoError.pluginFailed(plugin: "octavo-reader-org", file: "latin.org",
                                                 message: "exited with status 1; stderr: latin.org: not UTF-8 text (byte 2)")) {
            try PluginReader(program: program(.reader, "org")).read(input, context: ConversionContext())
        }
    }
}

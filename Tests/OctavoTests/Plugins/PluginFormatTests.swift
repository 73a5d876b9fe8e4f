import Foundation
import Octavo
import OctavoTestSupport
import Testing

/// Format plug-ins as readers and writers: what they get, what they give back, and every way
/// they can fail (each one error naming the plug-in).
@Suite struct PluginFormatTests {
    private let input = InputSource(data: Data("hello plug-in".utf8), path: "in.tst")

    private func reader(_ body: String, describe: String = PluginFixtures.describeTST, runTimeout: Double = 30,
                        describeTimeout: Double = 30, executable: Bool = true) throws -> (PluginReader, PluginFixtures) {
        let fixtures = try PluginFixtures()
        let url = try fixtures.plugin(.reader, "tst", describe: describe, body: body, executable: executable)
        let program = PluginProgram(role: .reader, name: "tst", path: url.path,
                                    defect: executable ? nil : "\(url.path) is not executable (chmod +x it)",
                                    describeTimeout: describeTimeout, runTimeout: runTimeout)
        return (PluginReader(program: program), fixtures)
    }

    /// The message of the plug-in error reading `input` gives, checking that it names the plug-in and the file.
    private func failure(_ body: String, describe: String = PluginFixtures.describeTST, runTimeout: Double = 30,
                         describeTimeout: Double = 30, executable: Bool = true,
                         options: ConversionOptions = .init()) throws -> String {
        let (reader, fixtures) = try reader(body, describe: describe, runTimeout: runTimeout,
                                            describeTimeout: describeTimeout, executable: executable)
        defer { fixtures.remove() }
        do {
            _ = try reader.read(input, context: ConversionContext(options: options))
        } catch let error as OctavoError {
            guard case let .pluginFailed(plugin, _, message) = error else { return "wrong error: \(error)" }
            #expect(plugin == "octavo-reader-tst")
            #expect(error.description.contains("plug-in 'octavo-reader-tst' failed"))
            return message
        }
        return "no error"
    }

    @Test func aReaderGetsTheBytesAndThePathAndPrintsADocument() throws {
        let (reader, fixtures) = try reader("echo \"reading $1\" >&2\n" + PluginFixtures.echoReader)
        defer { fixtures.remove() }
        let context = ConversionContext()
        let document = try reader.read(input, context: context)
        #expect(document.blocks == [.paragraph([.text("hello plug-in")])])
        #expect(document.sourcePath == "in.tst")
        #expect(context.diagnostics == [Diagnostic(.info, "reading in.tst", file: "in.tst", source: "plug-in octavo-reader-tst")])
        #expect(reader.format == FormatDescription(name: "tst", extensions: ["tst"], summary: "test format",
                                                   mediaTypes: ["text/x-tst"]))
    }

    @Test func aWriterGetsTheBookAsModelJSONAndTheOptionsInItsEnvironment() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let url = try fixtures.plugin(.writer, "copy", body: "cat > \"$0.book\"; echo \"$OCTAVO_OPTIONS\"; echo \"$OCTAVO_DATE\"")
        let writer = PluginWriter(program: PluginProgram(role: .writer, name: "copy", path: url.path))
        let book = Book(metadata: Metadata(title: "T"), documents: [Document(blocks: [.paragraph([.text("x")])])])
        var options = ConversionOptions()
        options.standalone = true
        options.wrap = .column(60)
        let output = try writer.write(book, context: ConversionContext(options: options, date: Date(timeIntervalSince1970: 1_700_000_000)))
        #expect(try ModelJSON.decodeBook(Data(contentsOf: URL(fileURLWithPath: url.path + ".book"))) == book)
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
        #expect(lines.first?.contains(#""standalone":true"#) == true)
        #expect(lines.first?.contains(#""wrap":"60""#) == true)
        #expect(lines.last == "2023-11-14T22:13:20Z")
        #expect(!writer.isBinary)
    }

    @Test func failuresOfTheRunAreOneErrorNamingThePlugin() throws {
        #expect(try failure("cat >/dev/null; echo 'line one' >&2; echo 'bad input' >&2; exit 3")
            == "exited with status 3; stderr: line one | bad input")
        #expect(try failure("kill -SEGV $$").hasPrefix("crashed (signal 11)"))
        #expect(try failure("cat >/dev/null; echo 'garbage, not JSON'").hasPrefix("its output is not a model JSON document"))
        #expect(try failure("cat >/dev/null; echo '{\"schemaVersion\": 9, \"document\": {}}'").contains("schemaVersion 9, expected 1"))
        #expect(try failure("exit 0").hasPrefix("its output is not a model JSON document"))
    }

    @Test func aHangingOrFloodingPluginIsStopped() throws {
        let started = Date()
        #expect(try failure("sleep 20", runTimeout: 0.5).hasPrefix("timed out after 0.5 s"))
        #expect(try failure("yes", describe: PluginFixtures.describeTST, options: {
            var options = ConversionOptions()
            options.limits.maxInputBytes = 1000
            return options
        }()) == "printed more than 4000 bytes")
        #expect(try failure("cat", describe: "sleep 20", describeTimeout: 0.5) == "--describe timed out after 0.5 s")
        #expect(Date().timeIntervalSince(started) < 15)
    }

    @Test(arguments: [
        ("echo 'not json'", "not a JSON object"),
        (#"echo '{"summary": "s"}'"#, "no protocolVersion"),
        (#"echo '{"protocolVersion": 2, "summary": "s"}'"#, "protocolVersion 2, but this octavo speaks 1"),
        (#"echo '{"protocolVersion": 1}'"#, "'summary' must be one line of text (at most 200 characters)"),
        (#"echo '{"protocolVersion": 1, "summary": "a\u000ab"}'"#, "'summary' must be one line of text (at most 200 characters)"),
        (#"echo '{"protocolVersion": 1, "summary": "s", "extensions": "org"}'"#, "'extensions' is not a list of strings"),
        (#"echo '{"protocolVersion": 1, "summary": "s", "extensions": [".org"]}'"#,
         "'.org' is not a file extension (lowercase letters and digits, without the dot)"),
        (#"echo '{"protocolVersion": 1, "summary": "s", "mimeTypes": ["text"]}'"#, "'text' is not a MIME type (type/subtype, lowercase)"),
        (#"echo '{"protocolVersion": "1", "summary": "s"}'"#, "'protocolVersion' is not a whole number"),
        (#"echo '{"protocolVersion": 1, "summary": "s", "binary": "yes"}'"#, "'binary' is not true or false"),
        ("exit 4", nil),
    ] as [(String, String?)])
    func nonsenseFromDescribeIsAnError(describe: String, reason: String?) throws {
        let message = try failure(PluginFixtures.echoReader, describe: describe)
        #expect(message == (reason.map { "--describe printed nonsense: \($0)" } ?? "--describe exited with status 4"))
    }

    @Test func aProgramThatIsNotExecutableIsAnErrorAndIsNeverRun() throws {
        let message = try failure(PluginFixtures.echoReader, executable: false)
        #expect(message.hasSuffix("octavo-reader-tst is not executable (chmod +x it)"))
    }

    @Test func describeRunsOnceAndItsFailureShowsInTheFormat() throws {
        let (reader, fixtures) = try reader(PluginFixtures.echoReader, describe: "echo nonsense")
        defer { fixtures.remove() }
        #expect(reader.format.extensions.isEmpty)
        #expect(reader.format.summary == "unusable: --describe printed nonsense: not a JSON object")
        _ = try? reader.read(input, context: ConversionContext())
        #expect(fixtures.described == ["tst"])
    }
}

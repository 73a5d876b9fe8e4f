import Foundation
import Octavo
import OctavoTestSupport
import Testing

/// Writer plug-ins that declare `"output": "folder"`: the fresh folder they get, how their files
/// become the output (``FolderOutput``), and every hostile folder refused with an error naming
/// the plug-in, nothing written and no staging folder left behind.
@Suite struct FolderWriterTests {
    static let describeFolder = #"echo '{"protocolVersion": 1, "summary": "folder test", "output": "folder"}'"#
    private let book = Book(metadata: Metadata(title: "T"), documents: [Document(blocks: [.paragraph([.text("x")])])])

    /// A `dir` writer running `body`, with `out` (not yet there) as the destination in the fixtures' folder.
    private func writer(_ body: String, describe: String = Self.describeFolder) throws -> (PluginWriter, PluginFixtures, String) {
        let fixtures = try PluginFixtures()
        let url = try fixtures.plugin(.writer, "dir", describe: describe, body: body)
        let program = PluginProgram(role: .writer, name: "dir", path: url.path, describeTimeout: 30, runTimeout: 30)
        return (PluginWriter(program: program), fixtures, fixtures.folder.appendingPathComponent("out").path)
    }

    /// The names in the fixtures' folder other than the plug-in and its log: staging folders left behind show here.
    private func leftovers(_ fixtures: PluginFixtures) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixtures.folder.path)
            .filter { $0 != "octavo-writer-dir" && $0 != "describe.log"}.sorted()
    }

    private func files(in folder: String) -> [String] {
        (FileManager.default.subpaths(atPath: folder) ?? []).sorted()
    }

    /// The message of the error writing with `body` gives, checking that it names the plug-in,
    /// that nothing was put in place and that no staging folder is left.
    private func failure(_ body: String, describe: String = Self.describeFolder, existing: Bool = false,
                         options: ConversionOptions = .init()) throws -> String {
        let (writer, fixtures, out) = try writer(body, describe: describe)
        defer { fixtures.remove() }
        if existing {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
            try Data("old".utf8).write(to: URL(fileURLWithPath: out + "/old.txt"))
        }
        var message = "no error"
        do {
            try FolderOutput.write(book, with: writer, to: out, context: ConversionContext(options: options))
        } catch let error as OctavoError {
            guard case let .pluginFailed(plugin, _, text) = error else { return "wrong error: \(error)" }
            #expect(plugin == "octavo-writer-dir")
            message = text
        }
        #expect(try leftovers(fixtures) == (existing ? ["out"] : []))
        if existing { #expect(files(in: out) == ["old.txt"]) }
        return message
    }

    @Test func theWriterGetsAFreshFolderAndWhatItWroteBecomesTheOutput() throws {
        let (writer, fixtures, out) = try writer("""
            cat > /dev/null
            [ "$1" = "$OCTAVO_OUTPUT_FOLDER" ] && [ -z "$(ls -A "$1")" ] || exit 3
            echo index > "$1/index.txt"; mkdir "$1/images"; printf 'PNG' > "$OCTAVO_OUTPUT_FOLDER/images/a.png"
            """)
        defer { fixtures.remove() }
        #expect(writer.writesFolder)
        try FolderOutput.write(book, with: writer, to: out, context: ConversionContext())
        #expect(files(in: out) == ["images", "images/a.png", "index.txt"])
        #expect(try String(contentsOfFile: out + "/index.txt", encoding: .utf8) == "index\n")
        #expect(try leftovers(fixtures) == ["out"])
    }

    @Test func anExistingFolderIsReplacedAsAWhole() throws {
        let (writer, fixtures, out) = try writer(#"cat > /dev/null; echo new > "$1/new.txt""#)
        defer { fixtures.remove() }
        try FileManager.default.createDirectory(atPath: out + "/sub", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: out + "/sub/old.txt"))
        try FolderOutput.write(book, with: writer, to: out, context: ConversionContext())
        #expect(files(in: out) == ["new.txt"])
        #expect(try leftovers(fixtures) == ["out"])
    }

    @Test func aFileInTheWayIsNotReplacedByAFolder() throws {
        let (writer, fixtures, out) = try writer(#"cat > /dev/null; echo new > "$1/new.txt""#)
        defer { fixtures.remove() }
        try Data("a file".utf8).write(to: URL(fileURLWithPath: out))
        #expect(throws: OctavoError.unwritable(file: out, reason: "it is a file, and this writer's output is a folder")) {
            try FolderOutput.write(book, with: writer, to: out, context: ConversionContext())
        }
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "a file")
    }

    @Test func aFolderWriterHasNoSingleFileOutput() throws {
        let (writer, fixtures, _) = try writer(#"cat > /dev/null; echo new > "$1/new.txt""#)
        defer { fixtures.remove() }
        #expect(throws: OctavoError.usage("octavo-writer-dir writes a folder of files: give the folder with -o")) {
            _ = try writer.write(book, context: ConversionContext())
        }
    }

    @Test func aSymbolicLinkIsRefusedWhereverItPoints() throws {
        #expect(try failure(#"cat > /dev/null; ln -s /etc/passwd "$1/passwd""#)
            == "'passwd' is a symbolic link (to '/etc/passwd'); write the file itself")
        #expect(try failure(#"cat > /dev/null; mkdir "$1/a"; echo x > "$1/a/b"; ln -s b "$1/a/c""#, existing: true)
            == "'a/c' is a symbolic link (to 'b'); write the file itself")
    }

    @Test func writingBesideTheFolderThroughDotDotIsRefused() throws {
        #expect(try failure(#"cat > /dev/null; echo x > "$1/ok"; echo x > "$1/../escaped.txt""#, existing: true)
            == "wrote outside its folder: '../escaped.txt'")
    }

    @Test func anAbsurdSizeIsRefused() throws {
        // A sparse file: its size is what counts, not the disk it takes.
        #expect(try failure(#"cat > /dev/null; truncate -s 5T "$1/huge.bin""#)
            == "wrote more than 1073741824 bytes ('huge.bin' is 5497558138880)")
        var options = ConversionOptions()
        options.limits.maxInputBytes = 100
        #expect(try failure(#"cat > /dev/null; head -c 300 /dev/zero > "$1/a"; head -c 300 /dev/zero > "$1/b""#, options: options)
            == "wrote more than 400 bytes ('b' is 300)")
    }

    @Test func tooManyFilesOrFoldersTooDeepAreRefused() throws {
        #expect(try failure(#"cat > /dev/null; cd "$1" && i=0; while [ $i -le 10000 ]; do : > f$i; i=$((i+1)); done"#)
            == "wrote more than 10000 files and folders")
        let deep = Array(repeating: "d", count: 33).joined(separator: "/")
        #expect(try failure("cat > /dev/null; mkdir -p \"$1/\(deep)\"; : > \"$1/\(deep)/f\"")
            == "'\(Array(repeating: "d", count: 32).joined(separator: "/"))' is more than 32 folders deep")
    }

    @Test func hardLinksPipesAndOddNamesAreRefused() throws {
        #expect(try failure(#"cat > /dev/null; echo x > "$1/a"; ln "$1/a" "$1/b""#)
            == "'a' is a hard link (a file with other names)")
        #expect(try failure(#"cat > /dev/null; mkfifo "$1/pipe""#) == "'pipe' is not a regular file or folder")
        #expect(try failure(#"cat > /dev/null; : > "$1/$(printf 'a\tb')""#) == #"the name "a\tb" is not plain text"#)
    }

    @Test func anEmptyFolderAFailureOrNonsenseWritesNothing() throws {
        #expect(try failure("cat > /dev/null") == "wrote no file into its folder")
        #expect(try failure(#"cat > /dev/null; echo half > "$1/a"; echo 'disk full' >&2; exit 1"#, existing: true)
            == "exited with status 1; stderr: disk full")
        #expect(try failure(#"cat > /dev/null; echo x > "$1/a""#,
                            describe: #"echo '{"protocolVersion": 1, "summary": "s", "output": "zip"}'"#)
            == #"--describe printed nonsense: 'output' is "zip", not "file" or "folder""#)
    }

    @Test func anInterruptBeforeTheMoveLeavesNothing() throws {
        let (writer, fixtures, out) = try writer(#"cat > /dev/null; echo x > "$1/a""#)
        defer { fixtures.remove() }
        let registry = TemporaryFileRegistry()
        registry.closeAndRemoveAll(waitingUpTo: 0)
        #expect(throws: OctavoError.self) {
            try FolderOutput.write(book, with: writer, to: out, context: ConversionContext(), registry: registry)
        }
        #expect(try leftovers(fixtures) == [])
    }
}

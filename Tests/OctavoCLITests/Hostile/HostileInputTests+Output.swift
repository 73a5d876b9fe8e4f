import Foundation
import OctavoTestSupport
import Testing

/// Outputs that must not be written: an input, an unwritable or missing folder, a full disk.
/// A failed write leaves nothing behind, and an existing file keeps its old content.
extension HostileInputTests {
    static let note = "# Note\n\n" + String(repeating: "Some words to write out. ", count: 2_000) + "\n"

    @Test func outputThatIsAnInputIsRefused() throws {
        let workspace = try Workspace()
        let input = try workspace.write("a.md", Self.note)
        try FileManager.default.createSymbolicLink(atPath: workspace.path("link.txt"), withDestinationPath: input)
        for output in [input, workspace.path("sub/../a.md"), workspace.path("./a.md"), workspace.path("link.txt")] {
            try FileManager.default.createDirectory(atPath: workspace.path("sub"), withIntermediateDirectories: true)
            let result = try CommandRunner.octavo(["convert", input, "-t", "text", "-o", output])
            #expect(result.status == 2, "\(output): \(result.summary)")
            #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.note, "\(output) overwrote the input")
        }
        // In a compilation too, whichever input it is.
        let second = try workspace.write("b.md", "second\n")
        let result = try CommandRunner.octavo(["convert", input, second, "-t", "text", "-o", second])
        let kept = try String(contentsOfFile: second, encoding: .utf8)
        #expect(result.status == 2 && kept == "second\n", "\(result.summary)")
    }

    @Test func unwritableOutputsFailCleanly() throws {
        let workspace = try Workspace()
        let input = try workspace.write("in.md", Self.note)
        try workspace.write("file", "a regular file")
        try FileManager.default.createDirectory(atPath: workspace.path("folder"), withIntermediateDirectories: true)
        let outputs = [
            workspace.path("missing/out.txt"),        // no such folder
            workspace.path("file/out.txt"),           // a file where a folder should be
            workspace.path("folder"),                 // a folder where the file should be
            "/proc/octavo-hostile-\(getpid()).txt",   // a file system that takes no new files
        ]
        for output in outputs {
            let result = try CommandRunner.octavo(["convert", input, "-t", "text", "-o", output])
            #expect(result.status == 1, "\(output): \(result.summary)")
            #expect(result.stderr.contains("cannot write") && result.stderr.contains(output), "\(output): \(result.stderr)")
        }
        #expect(try workspace.contents() == ["file", "folder", "in.md"])
        #expect(try workspace.contents("folder").isEmpty)
    }

    @Test(.enabled(if: getuid() != 0, "root writes into read-only folders"))
    func readOnlyFolderFailsCleanly() throws {
        let workspace = try Workspace()
        let input = try workspace.write("in.md", Self.note)
        let folder = workspace.path("locked")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        let result = try CommandRunner.octavo(["convert", input, "-t", "text", "-o", folder + "/out.txt"])
        #expect(result.status == 1 && result.stderr.contains("cannot write"), "\(result.summary)")
        #expect(try workspace.contents("locked").isEmpty)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDeviceFailsWithTheReason() throws {
        let workspace = try Workspace()
        let input = try workspace.write("in.md", Self.note)
        for writer in ["text", "json", "html", "epub"].filter(Formats.hasWriter) {
            let result = try CommandRunner.octavo(["convert", input, "-t", writer, "-o", "/dev/full"])
            #expect(result.status == 1, "\(writer): \(result.summary)")
            #expect(result.stderr.contains("/dev/full") && result.stderr.contains("No space left"), "\(writer): \(result.stderr)")
        }
        #expect(try workspace.contents() == ["in.md"])
    }

    @Test func fileSizeLimitLeavesTheOldOutputIntact() throws {
        // A disk that fills up mid-write, simulated with RLIMIT_FSIZE (SIGXFSZ ignored, so the
        // write fails with EFBIG): the previous output stays whole and no temporary file remains.
        let workspace = try Workspace()
        let input = try workspace.write("in.md", Self.note + String(repeating: "More text. ", count: 20_000))
        let output = try workspace.write("out.txt", "previous output\n")
        for writer in ["text", "json", "html", "epub"].filter(Formats.hasWriter) {
            let script = "ulimit -f 1; trap '' XFSZ; exec \"$0\" \"$@\""
            let result = try CommandRunner.run(URL(fileURLWithPath: "/bin/bash"),
                ["-c", script, CommandRunner.octavo.path, "convert", input, "-t", writer, "-o", output])
            #expect(result.status == 1, "\(writer): \(result.summary)")
            #expect(result.stderr.contains("cannot write"), "\(writer): \(result.stderr)")
            #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous output\n", "\(writer) damaged the old output")
            #expect(try workspace.contents() == ["in.md", "out.txt"], "\(writer) left a temporary file")
        }
    }
}

import Foundation
import Octavo
import OctavoTestSupport
import Testing

@Suite struct AtomicFileTests {
    @Test func writesAndReplacesLeavingNoTemporaryFiles() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.txt").path
        try AtomicFile.write(Data("one".utf8), to: path)
        try AtomicFile.write(Data("two".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
    }

    /// A new file gets the permissions `open` gives (0666 less the umask).
    @Test func newFilesGetTheUsualPermissions() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("new.txt").path
        try AtomicFile.write(Data("new".utf8), to: path, durable: false)
        // The umask as the system reports it (setting it to read it would race other tests).
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let mask = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o666 & ~mask)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["new.txt"])
    }

    /// Durable and not, with a registry and without: the file is replaced and nothing else remains.
    @Test func replacingLeavesNothingElse() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.txt").path
        try AtomicFile.write(Data("one".utf8), to: path, registry: nil, durable: false)
        let registry = TemporaryFileRegistry()
        try AtomicFile.write(Data("two".utf8), to: path, registry: registry, durable: true)
        #expect(registry.inFlight.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
    }

    /// A rename that fails (the destination is a folder that is not empty) is reported, the
    /// folder is untouched and the temporary file is removed.
    @Test func failedRenameRemovesTheTemporaryFile() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let destination = folder.appendingPathComponent("out.txt")
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: false)
        try Data("kept".utf8).write(to: destination.appendingPathComponent("inside"))
        let error = #expect(throws: OctavoError.self) { try AtomicFile.write(Data("new".utf8), to: destination.path) }
        #expect(error?.description.hasPrefix(destination.path + ": cannot write") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
        #expect(try String(contentsOf: destination.appendingPathComponent("inside"), encoding: .utf8) == "kept")
    }

    @Test func missingFolderIsAClearError() {
        let error = #expect(throws: OctavoError.self) { try AtomicFile.write(Data(), to: "/nonexistent-octavo/x.txt") }
        #expect(error?.description == "/nonexistent-octavo/x.txt: cannot write: folder /nonexistent-octavo does not exist")
    }

    @Test func fullDiskLeavesNothingBehind() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        // A device is written in place (never replaced); the failure is reported.
        #expect(throws: OctavoError.self) { try AtomicFile.write(Data(repeating: 0x78, count: 1 << 16), to: "/dev/full") }
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }
}

import Foundation
@testable import OctavoCore
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

    /// A new file gets the permissions `open` gives (0666 less the umask), whether it was written
    /// unnamed and linked in (Linux) or under a temporary name and renamed.
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

    /// The way of writing for systems and file systems without nameless files (macOS, some
    /// network and container file systems), which Linux's tests would not otherwise take.
    @Test func temporaryNameWritesAndReplacesLeavingNothingElse() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.txt").path
        try AtomicFile.writeThroughTemporaryName(Data("one".utf8), to: path, registry: nil, durable: false)
        try AtomicFile.writeThroughTemporaryName(Data("two".utf8), to: path, registry: TemporaryFileRegistry(), durable: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
        let missing = folder.appendingPathComponent("none/out.txt").path
        let error = #expect(throws: OctavoError.self) {
            try AtomicFile.writeThroughTemporaryName(Data(), to: missing, registry: nil, durable: false)
        }
        #expect(error?.description.hasSuffix("does not exist") == true)
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

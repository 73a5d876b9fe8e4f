import Foundation
import OctavoCore
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

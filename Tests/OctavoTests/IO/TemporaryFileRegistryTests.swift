import Foundation
import Octavo
import OctavoTestSupport
import Testing

@Suite struct TemporaryFileRegistryTests {
    @Test func aClosedRegistryRefusesWritesAndLeavesNothing() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = TemporaryFileRegistry()
        let path = folder.appendingPathComponent("out.txt").path
        try AtomicFile.write(Data("one".utf8), to: path, registry: registry, durable: false)
        #expect(registry.inFlight.isEmpty)
        registry.closeAndRemoveAll(waitingUpTo: 0)
        #expect(throws: OctavoError.self) { try AtomicFile.write(Data("two".utf8), to: path, registry: registry) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
    }

    @Test func closingRemovesTheTemporaryFilesStillRegistered() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = TemporaryFileRegistry()
        let stuck = folder.appendingPathComponent(".out.txt.octavo-x.tmp").path
        try registry.begin(stuck)
        #expect(FileManager.default.createFile(atPath: stuck, contents: Data("half".utf8)))
        registry.closeAndRemoveAll(waitingUpTo: 0.05)
        #expect(registry.isClosed)
        #expect(registry.inFlight.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: stuck))
    }
}

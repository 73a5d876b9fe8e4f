import Foundation
import OctavoCore
import Testing
@testable import OctavoTranscript

/// With `OCTAVO_DUMP=DIR`, writes the tree, text and diagnostics of every corpus file to DIR
/// (a debugging aid; checks nothing otherwise).
@Test func dumpCorpusWhenAsked() throws {
    guard let dir = ProcessInfo.processInfo.environment["OCTAVO_DUMP"] else { return }
    let files = try FileManager.default.contentsOfDirectory(at: Transcript.corpus, includingPropertiesForKeys: nil)
        .filter { !["md", "tsv"].contains($0.pathExtension) || $0.lastPathComponent.hasPrefix("md-") } + [Transcript.sample]
    for file in files where file.lastPathComponent != "README.md" && file.pathExtension != "tsv" {
        let (document, diagnostics) = try Transcript.read(file: file)
        let base = URL(fileURLWithPath: dir).appendingPathComponent(file.lastPathComponent)
        try TreeDump.dump(document).write(to: base.appendingPathExtension("tree"), atomically: true, encoding: .utf8)
        try Transcript.plainText(document).write(to: base.appendingPathExtension("out"), atomically: true, encoding: .utf8)
        try diagnostics.map(\.description).joined(separator: "\n").write(to: base.appendingPathExtension("diag"), atomically: true, encoding: .utf8)
    }
}

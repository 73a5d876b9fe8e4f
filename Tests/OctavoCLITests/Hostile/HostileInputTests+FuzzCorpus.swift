import Foundation
import OctavoTestSupport
import Testing

/// The fuzz corpus kept in the repository (`Fuzz/Corpus/<target>/`): seeds, and every input a
/// fuzzer ever crashed on (`crash-*`), each run through the CLI with every text writer so that a
/// regression shows as a failed case rather than a crashed test runner.
extension HostileInputTests {
    /// Fuzz target folders and the reader each one exercises.
    static let fuzzTargets = [("html", "html"), ("markdown", "markdown"), ("transcript", "transcript"), ("json", "json")]

    @Test func fuzzCorpusAndCrashRegressionsConvert() throws {
        let corpus = Repository.root.appendingPathComponent("Fuzz/Corpus")
        var checked = 0
        for (folder, reader) in Self.fuzzTargets where Formats.hasReader(reader) {
            let directory = corpus.appendingPathComponent(folder)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.sorted() ?? []
            for file in files where !file.hasPrefix(".") {
                let path = directory.appendingPathComponent(file).path
                for writer in ["json", "text", "html", "xhtml"].filter(Formats.hasWriter) {
                    let result = try CommandRunner.octavo(["convert", "-f", reader, path, "-t", writer])
                    #expect(result.isCleanOutcome, "\(folder)/\(file) → \(writer): \(result.summary)")
                    checked += 1
                }
            }
        }
        #expect(checked > 0, "no fuzz corpus found under \(corpus.path)")
    }
}

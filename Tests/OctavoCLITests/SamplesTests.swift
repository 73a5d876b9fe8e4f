import Foundation
import OctavoTestSupport
import Testing

/// Samples/converted/ shows what Octavo makes of the samples. It must stay true: the jobs of
/// Samples/octavo.yml, run again, give the same bytes (`make samples` refreshes it deliberately).
@Suite struct SamplesTests {
    @Test func convertedSamplesAreCurrent() throws {
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CommandRunner.octavo(["batch", "Samples/octavo.yml", "--output", out.path, "--quiet"],
                                              environment: ["SOURCE_DATE_EPOCH": "1700000000"], in: Repository.root)
        #expect(result.status == 0, "\(result.stderr)")
        let converted = Repository.root.appendingPathComponent("Samples/converted")
        let expected = try FileManager.default.contentsOfDirectory(atPath: converted.path).filter { !$0.hasPrefix(".") }.sorted()
        let actual = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(actual == expected)
        for name in expected {
            let want = try Data(contentsOf: converted.appendingPathComponent(name))
            let got = try? Data(contentsOf: out.appendingPathComponent(name))
            #expect(got == want, "\(name) differs from Samples/converted; run 'make samples' if the change is deliberate")
        }
    }

    @Test func theSampleCompilationPassesEPUBCheck() throws {
        let report = try EPUBCheck.check(Repository.root.appendingPathComponent("Samples/converted/compilation.epub"))
        #expect(report.isClean, "\(report.output)")
    }
}

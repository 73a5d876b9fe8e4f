import Foundation

/// The `--report FILE.json` form of a batch: a summary and one record per job.
///
/// ```json
/// {"summary": {"total": 300, "converted": 297, "failed": 3, "unchanged": 0, "cancelled": 0, "seconds": 1.9},
///  "jobs": [{"input": "docs/a.md", "inputs": ["docs/a.md"], "output": "build/a.html", "format": "html",
///            "status": "converted", "seconds": 0.004, "diagnostics": [{"severity": "warning", …}],
///            "error": "…"}]}
/// ```
public enum BatchJSONReport {
    struct Report: Encodable {
        var summary: Summary
        var jobs: [Job]
    }
    struct Summary: Encodable {
        var total, converted, failed, unchanged, cancelled: Int
        var seconds: Double
    }
    struct Job: Encodable {
        var input: String
        var inputs: [String]
        var output: String
        var format: String
        var status: BatchResult.Status
        var seconds: Double
        var diagnostics: [Diagnostic]
        var error: String?
    }

    /// The report as pretty, key-sorted JSON.
    public static func data(for summary: BatchSummary) throws -> Data {
        let report = Report(
            summary: Summary(total: summary.results.count, converted: summary.count(.converted),
                             failed: summary.count(.failed), unchanged: summary.count(.unchanged),
                             cancelled: summary.count(.cancelled), seconds: rounded(summary.duration)),
            jobs: summary.results.map { result in
                Job(input: result.job.key, inputs: result.job.inputs, output: result.job.output, format: result.job.to,
                    status: result.status, seconds: rounded(result.duration), diagnostics: result.diagnostics,
                    error: result.error?.description)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(0x0A)
        return data
    }

    static func rounded(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }
}

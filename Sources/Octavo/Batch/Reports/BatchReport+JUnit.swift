import Foundation
import OctavoCore

/// The `--junit FILE.xml` form of a batch: one test case per conversion, for CI dashboards.
/// Failed jobs carry a `<failure>` with the error and the diagnostics; unchanged and cancelled
/// jobs are `<skipped>`.
public enum BatchJUnitReport {
    public static func xml(for summary: BatchSummary, suiteName: String = "octavo batch") -> String {
        let failures = summary.count(.failed)
        let skipped = summary.count(.unchanged) + summary.count(.cancelled)
        let time = seconds(summary.duration)
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<testsuites name="\#(escape(suiteName))" tests="\#(summary.results.count)" failures="\#(failures)" errors="0" skipped="\#(skipped)" time="\#(time)">"# + "\n"
        xml += #"  <testsuite name="\#(escape(suiteName))" tests="\#(summary.results.count)" failures="\#(failures)" errors="0" skipped="\#(skipped)" time="\#(time)">"# + "\n"
        for result in summary.results {
            let name = escape(result.job.key), classname = escape("octavo.\(result.job.to)")
            let open = #"    <testcase classname="\#(classname)" name="\#(name)" file="\#(escape(result.location.file))" time="\#(seconds(result.duration))""#
            switch result.status {
            case .converted:
                xml += open + "/>\n"
            case .failed:
                let message = result.error?.description ?? "failed"
                let details = ([message] + result.diagnostics.map(\.description)).joined(separator: "\n")
                xml += open + ">\n"
                xml += #"      <failure message="\#(escape(message))" type="\#(kind(result.error))">\#(escape(details))</failure>"# + "\n"
                xml += "    </testcase>\n"
            case .unchanged, .cancelled:
                xml += open + ">\n"
                xml += #"      <skipped message="\#(result.status.rawValue)"/>"# + "\n"
                xml += "    </testcase>\n"
            }
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    private static func kind(_ error: OctavoError?) -> String {
        switch error {
        case .unreadable: "unreadable"
        case .invalidInput: "invalid-input"
        case .unknownFormat: "unknown-format"
        case .usage: "usage"
        case .unwritable: "unwritable"
        case .limitExceeded: "limit-exceeded"
        case .filterFailed: "filter-failed"
        case .pluginFailed: "plugin-failed"
        case .strictFailure: "strict"
        case nil: "error"
        }
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }

    /// Text safe in XML content and attributes; characters XML 1.0 forbids are dropped, and line
    /// breaks are written as references so that attribute values keep them.
    static func escape(_ text: String) -> String {
        MarkupEscaping.escaped(text, forbidden: .dropped).replacingOccurrences(of: "\n", with: "&#10;")
    }
}

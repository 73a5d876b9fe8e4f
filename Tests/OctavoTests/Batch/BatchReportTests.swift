import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Octavo
import Testing

@Suite struct BatchReportTests {
    private let summary: BatchSummary = {
        let ok = BatchJob(inputs: ["docs/a & b.md"], output: "out/a & b.html", to: "html")
        let bad = BatchJob(inputs: ["docs/bad.md"], output: "out/bad.html", to: "html")
        let book = BatchJob(inputs: ["x.md", "y.md"], output: "out/book.epub", to: "epub")
        let warning = Diagnostic(.warning, "image <b.png> not found\nsecond line", file: "docs/a & b.md", line: 3, source: "html.images")
        return BatchSummary(results: [
            BatchResult(job: ok, status: .converted, duration: 0.0123, diagnostics: [warning]),
            BatchResult(job: bad, status: .failed, duration: 0.002,
                        error: .invalidInput(file: "docs/bad.md", line: 7, message: "bad \u{1} byte: \"quoted\"")),
            BatchResult(job: book, status: .cancelled),
        ], duration: 1.5)
    }()

    @Test func theJSONReportHasASummaryAndOneRecordPerJob() throws {
        let data = try BatchJSONReport.data(for: summary)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let totals = try #require(object["summary"] as? [String: Any])
        #expect(totals["total"] as? Int == 3)
        #expect(totals["failed"] as? Int == 1)
        #expect(totals["cancelled"] as? Int == 1)
        let jobs = try #require(object["jobs"] as? [[String: Any]])
        #expect(jobs.map { $0["status"] as? String } == ["converted", "failed", "cancelled"])
        #expect(jobs[1]["error"] as? String == "docs/bad.md:7: bad \u{1} byte: \"quoted\"")
        #expect(jobs[2]["input"] as? String == "out/book.epub")
        #expect(jobs[2]["inputs"] as? [String] == ["x.md", "y.md"])
        #expect((jobs[0]["diagnostics"] as? [[String: Any]])?.first?["line"] as? Int == 3)
        #expect(jobs[0]["seconds"] as? Double == 0.012)
    }

    @Test func theJUnitReportIsWellFormedWithOneCasePerJob() throws {
        let xml = BatchJUnitReport.xml(for: summary)
        #expect(xml.contains(#"<testsuites name="octavo batch" tests="3" failures="1" errors="0" skipped="1" time="1.500">"#))
        #expect(xml.contains(#"name="docs/a &amp; b.md""#))
        #expect(xml.contains(#"<failure message="docs/bad.md:7: bad  byte: &quot;quoted&quot;" type="invalid-input">"#))
        #expect(xml.contains(#"<skipped message="cancelled"/>"#))
        #if canImport(FoundationXML)
        let document = try XMLDocument(xmlString: xml)
        let cases = try document.nodes(forXPath: "//testcase")
        #expect(cases.count == 3)
        #expect(try document.nodes(forXPath: "//testcase/failure").count == 1)
        #endif
    }

    @Test func gitHubAnnotationsPointAtFilesAndLines() {
        let lines = GitHubAnnotations.lines(for: summary)
        #expect(lines == [
            "::warning file=docs/a & b.md,line=3,title=octavo%3A html.images::image <b.png> not found%0Asecond line",
            "::error file=docs/bad.md,line=7,title=octavo%3A docs/bad.md::docs/bad.md:7: bad \u{1} byte: \"quoted\"",
        ])
    }
}

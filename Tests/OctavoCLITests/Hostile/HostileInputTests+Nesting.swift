import Foundation
import OctavoTestSupport
import Testing

/// Nesting far beyond `--max-depth`: readers flatten it with a diagnostic (keeping the text),
/// and nothing recurses deeply enough to overflow a stack.
extension HostileInputTests {
    /// Whether stderr carries the readers' flattening diagnostic.
    static func reportsFlattening(_ result: CommandResult) -> Bool {
        let text = result.stderr.lowercased()
        return text.contains("flatten") || text.contains("too deep") || text.contains("nested deeper")
    }

    static var allWriters: [String] { ["json", "text", "html", "xhtml"].filter(Formats.hasWriter) }

    @Test func tenThousandNestedMarkdownQuotesAndListsAreFlattened() throws {
        let workspace = try Workspace()
        let inputs = [
            "quotes": String(repeating: "> ", count: 10_000) + "deep\n",
            "lists": String(repeating: "- ", count: 10_000) + "deep\n",
            "ordered": String(repeating: "1. ", count: 10_000) + "deep\n",
            "mixed": String(repeating: "> - ", count: 5_000) + "deep\n",
            "indented": (0..<2_000).map { String(repeating: "  ", count: $0) + "- level \($0)\n" }.joined(),
        ]
        for (name, text) in inputs.sorted(by: { $0.key < $1.key }) {
            let input = try workspace.write("\(name).md", text)
            for writer in Self.allWriters {
                let result = try CommandRunner.octavo(["convert", input, "-t", writer])
                #expect(Self.reportsFlattening(result), "\(name) → \(writer): no flattening diagnostic")
                #expect(result.status == 0, "\(name) → \(writer): \(result.summary)")
                #expect(result.stdoutText.contains(name == "indented" ? "level 1999" : "deep"),
                        "\(name) → \(writer): the deepest text was dropped")
            }
        }
    }

    @Test(.enabled(if: Formats.hasReader("html")))
    func hundredThousandNestedHTMLElementsAreFlattened() throws {
        let workspace = try Workspace()
        let n = 100_000
        let page = { (open: String, close: String) in
            "<html><body>" + String(repeating: open, count: n) + "deep" + String(repeating: close, count: n) + "</body></html>"
        }
        let inputs = [
            "divs": page("<div>", "</div>"),
            "quotes": page("<blockquote>", "</blockquote>"),
            "lists": page("<ul><li>", "</li></ul>"),
            "inline": page("<b><i>", "</i></b>"),
            "spans": page("<span>", "</span>"),
            "unclosed": "<html><body>" + String(repeating: "<div><p><b>", count: n / 3) + "deep</body></html>",
            "tables": "<html><body>" + String(repeating: "<table><tr><td>", count: 10_000) + "deep</body></html>",
        ]
        for (name, html) in inputs.sorted(by: { $0.key < $1.key }) {
            let input = try workspace.write("\(name).html", html)
            for writer in Self.allWriters {
                let result = try CommandRunner.octavo(["convert", input, "--extract", "off", "-t", writer])
                #expect(result.status == 0, "\(name) → \(writer): \(result.summary)")
                #expect(result.stdoutText.contains("deep"), "\(name) → \(writer): the deepest text was dropped")
            }
        }
    }

    @Test func deeplyNestedModelJSONIsRefusedClearly() throws {
        let depth = 100_000
        let json = #"{"schemaVersion":1,"document":{"metadata":{},"blocks":["#
            + String(repeating: #"{"type":"blockQuote","blocks":["#, count: depth)
            + #"{"type":"paragraph","content":[{"type":"text","text":"deep"}]}"#
            + String(repeating: "]}", count: depth) + "]}}"
        let result = try CommandRunner.octavo(["convert", "-f", "json", "-", "-t", "json"], stdin: Data(json.utf8))
        #expect(result.status == 1, "\(result.summary)")
        #expect(result.stderr.count < 20_000, "the error message is \(result.stderr.count) characters long")
        #expect(result.stdout.isEmpty)
    }

    @Test func modelJSONWithinTheJSONNestingLimitConverts() throws {
        let depth = 200
        let json = #"{"schemaVersion":1,"document":{"metadata":{},"blocks":["#
            + String(repeating: #"{"type":"blockQuote","blocks":["#, count: depth)
            + #"{"type":"paragraph","content":[{"type":"text","text":"deep"}]}"#
            + String(repeating: "]}", count: depth) + "]}}"
        for writer in Self.allWriters {
            let result = try CommandRunner.octavo(["convert", "-f", "json", "-", "-t", writer], stdin: Data(json.utf8))
            #expect(result.status == 0, "\(writer): \(result.summary)")
            #expect(result.stdoutText.contains("deep"))
        }
    }

    @Test func deepestAllowedDepthConvertsWithoutOverflow() throws {
        // --max-depth 10000 keeps 10,000 levels in the model: every writer recurses through
        // them (on the CLI's large stack). JSON cannot nest that deep and says so.
        let workspace = try Workspace()
        let input = try workspace.write("deep.md", String(repeating: "> ", count: 10_000) + "deep\n")
        for writer in Self.allWriters {
            let result = try CommandRunner.octavo(["convert", input, "--max-depth", "10000", "-t", writer])
            if writer == "json" {
                #expect(result.status == 1 && result.stderr.contains("--max-depth"), "\(result.summary)")
                #expect(result.stderr.count < 2_000, "the error message is \(result.stderr.count) characters long")
            } else {
                #expect(result.status == 0, "\(writer): \(result.summary)")
                #expect(result.stdoutText.contains("deep"))
            }
        }
        let inspect = try CommandRunner.octavo(["inspect", input, "--max-depth", "10000"])
        #expect(inspect.status == 1 && inspect.stderr.count < 2_000, "\(inspect.summary)")
    }

    @Test func depthAtTheDefaultLimitWritesEveryFormat() throws {
        // What readers keep by default (128 levels) every writer handles, model JSON included
        // (two JSON levels per model level, within Foundation's 512).
        let workspace = try Workspace()
        let input = try workspace.write("limit.md", String(repeating: "> ", count: 300) + "deep\n")
        for writer in Self.allWriters {
            let result = try CommandRunner.octavo(["convert", input, "-t", writer])
            #expect(result.status == 0, "\(writer): \(result.summary)")
            #expect(Self.reportsFlattening(result) && result.stdoutText.contains("deep"))
        }
        // Past about 250 levels JSON cannot follow: a short error with the remedy, not a dump.
        let deep = try CommandRunner.octavo(["convert", input, "-t", "json", "--max-depth", "300"])
        #expect(deep.status == 1 && deep.stderr.contains("--max-depth") && deep.stderr.count < 2_000, "\(deep.summary)")
    }
}

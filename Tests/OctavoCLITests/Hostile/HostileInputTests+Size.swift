import Foundation
import OctavoTestSupport
import Testing

/// Enormous inputs: a 50 MB line, the input size limit, tables with huge dimensions or spans.
extension HostileInputTests {
    /// 50 MB of words and no line break, in the shape each reader expects.
    static func fiftyMegabyteLine(for reader: String) -> Data {
        let words = String(repeating: "lorem ipsum dolor sit amet, ", count: 50_000_000 / 28)
        switch reader {
        case "html": return Data("<html><body><p>\(words)</p></body></html>".utf8)
        default: return Data(words.utf8)
        }
    }

    @Test func fiftyMegabyteSingleLineConverts() throws {
        let workspace = try Workspace()
        for reader in Formats.textReaders {
            let input = try workspace.write("line.\(reader.ext)", Self.fiftyMegabyteLine(for: reader.name))
            let output = workspace.path("line-\(reader.name).json")
            let result = try CommandRunner.octavo(["convert", input, "-t", "json", "-o", output])
            #expect(result.status == 0, "\(reader.name): \(result.summary)")
            let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
            #expect(size > 40_000_000, "\(reader.name): the 50 MB of text did not reach the output (\(size) bytes)")
            try? FileManager.default.removeItem(atPath: output)
        }
    }

    @Test func inputOverTheSizeLimitIsRefusedBeforeReading() throws {
        let workspace = try Workspace()
        let input = try workspace.write("big.md", Data(repeating: 0x61, count: 2_000_001))
        let output = workspace.path("big.json")
        let result = try CommandRunner.octavo(["convert", input, "-t", "json", "--max-input-size", "2000000", "-o", output])
        #expect(result.status == 1, "\(result.summary)")
        #expect(result.stderr.contains(input) && result.stderr.contains("--max-input-size"), "\(result.stderr)")
        #expect(try workspace.contents() == ["big.md"], "a refused conversion left output behind")

        let piped = try CommandRunner.octavo(["convert", "-f", "markdown", "-", "-t", "json", "--max-input-size", "1000"],
                                             stdin: Data(repeating: 0x61, count: 5000))
        #expect(piped.status == 1 && piped.stderr.contains("<stdin>"), "\(piped.summary)")
        #expect(piped.stdout.isEmpty)
    }

    @Test func nonsensicalLimitsAreUsageErrors() throws {
        for arguments in [["--max-input-size", "0"], ["--max-input-size", "-5"], ["--max-depth", "0"],
                          ["--max-depth", "100000"], ["--max-image-bytes", "0"], ["--max-image-size", "0x10"], ["--image-quality", "0"], ["--max-depth", "many"]] {
            let result = try CommandRunner.octavo(["convert", "-f", "markdown", "-", "-t", "json"] + arguments, stdin: Data("x".utf8))
            #expect(result.status == 2, "\(arguments): \(result.summary)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func enormousMarkdownTablesConvert() throws {
        let workspace = try Workspace()
        let columns = 2_000
        let header = "|" + (0..<columns).map { "h\($0)" }.joined(separator: "|") + "|\n"
        let rule = "|" + String(repeating: "-|", count: columns) + "\n"
        let wide = header + rule + String(repeating: "|" + String(repeating: "c|", count: columns) + "\n", count: 50)
        let long = "|a|b|c|\n|-|-|-|\n" + String(repeating: "|1|2|3|\n", count: 100_000)
        let ragged = "|a|\n|-|\n" + String(repeating: "|\n", count: 100_000)
        for (name, text) in [("wide", wide), ("long", long), ("ragged", ragged)] {
            let input = try workspace.write("\(name).md", text)
            for writer in ["text", "html"].filter(Formats.hasWriter) {
                let result = try CommandRunner.octavo(["convert", input, "-t", writer, "-o", workspace.path("\(name).\(writer)")])
                #expect(result.status == 0, "\(name) → \(writer): \(result.summary)")
            }
        }
    }

    @Test(.enabled(if: Formats.hasReader("html")))
    func enormousHTMLTablesAndSpansConvert() throws {
        let workspace = try Workspace()
        let row = "<tr>" + String(repeating: "<td>c</td>", count: 100) + "</tr>"
        let big = "<html><body><table>" + String(repeating: row, count: 1_000) + "</table></body></html>"
        // Spans far beyond what browsers honour (colspan 1000, rowspan 65534), up to Int.max.
        let spans = "<html><body><table>"
            + "<tr><td colspan=\"9223372036854775807\" rowspan=\"9223372036854775807\">max</td>"
            + "<td colspan=\"9223372036854775807\">again</td></tr>"
            + "<tr><td colspan=\"1000000000\" rowspan=\"1000000000\">billion</td><td colspan=\"-5\">neg</td></tr>"
            + "<tr><td colspan=\"99999999999999999999999\">huge</td></tr></table></body></html>"
        for (name, html) in [("big", big), ("spans", spans)] {
            let input = try workspace.write("\(name).html", html)
            for writer in ["text", "html", "json"].filter(Formats.hasWriter) {
                let result = try CommandRunner.octavo(["convert", input, "--extract", "off", "-t", writer,
                                                       "-o", workspace.path("\(name)-out.\(writer)")])
                #expect(result.status == 0, "\(name) → \(writer): \(result.summary)")
            }
        }
        let spansOut = try String(contentsOfFile: workspace.path("spans-out.json"), encoding: .utf8)
        #expect(spansOut.contains("billion") && spansOut.contains("neg"))
    }
}

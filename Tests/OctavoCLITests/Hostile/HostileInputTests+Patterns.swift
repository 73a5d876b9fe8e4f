import Foundation
import OctavoTestSupport
import Testing

/// Inputs shaped to make a naive parser quadratic (long runs of delimiters that never close) or
/// to expand entities without bound. Each must convert; sizes are such that an O(n²) step would
/// take minutes.
extension HostileInputTests {
    static let markdownPatterns: [(String, String)] = [
        ("stars", String(repeating: "*a", count: 100_000)),
        ("underscores", String(repeating: "_a ", count: 100_000)),
        ("strong-runs", String(repeating: "**a", count: 50_000) + "\n" + String(repeating: "a**", count: 50_000)),
        ("brackets", String(repeating: "[", count: 100_000) + "a"),
        ("unclosed-links", String(repeating: "[a](", count: 50_000)),
        ("link-labels", String(repeating: "[a]", count: 100_000)),
        ("images", String(repeating: "![", count: 100_000)),
        ("backticks", (1...450).map { String(repeating: "`", count: $0) + "a" }.joined()),
        ("backtick-pairs", String(repeating: "`a``", count: 50_000)),
        ("tildes", String(repeating: "~~a", count: 100_000)),
        ("html-comments", String(repeating: "<!--", count: 100_000)),
        ("unclosed-tags", String(repeating: "<a ", count: 100_000)),
        ("entities", String(repeating: "&#x", count: 100_000)),
        ("autolinks", String(repeating: "www.a", count: 100_000)),
        ("footnote-refs", String(repeating: "[^a]", count: 100_000) + "\n\n[^a]: note"),
        ("reference-definitions", (0..<50_000).map { "[l\($0)]: /u\($0)\n" }.joined() + String(repeating: "[l1] ", count: 50_000)),
        ("table-pipes", "|a|\n|-|\n" + String(repeating: "|", count: 200_000)),
    ]

    @Test func quadraticMarkdownPatternsConvert() throws {
        let workspace = try Workspace()
        for (name, text) in Self.markdownPatterns {
            let input = try workspace.write("\(name).md", text + "\n")
            for writer in ["text", "html"].filter(Formats.hasWriter) {
                let result = try CommandRunner.octavo(["convert", input, "-t", writer, "-o", workspace.path("\(name).\(writer)")])
                #expect(result.status == 0, "\(name) → \(writer): \(result.summary)")
            }
        }
    }

    @Test(.enabled(if: Formats.hasReader("html")))
    func quadraticHTMLPatternsConvert() throws {
        let workspace = try Workspace()
        let n = 100_000
        let patterns: [(String, String)] = [
            ("unclosed-bold", String(repeating: "<b>", count: n) + "x"),
            ("unclosed-anchors", String(repeating: "<a href=x>", count: n) + "x"),
            ("half-tags", String(repeating: "<a ", count: n)),
            ("stray-closers", String(repeating: "</p>", count: n) + "x"),
            ("comments", String(repeating: "<!--", count: n)),
            ("entities", String(repeating: "&amp", count: n) + String(repeating: "&#99999999;", count: n / 10)),
            ("paragraphs", String(repeating: "<p>", count: n) + "x"),
            ("attributes", "<p " + (0..<100_000).map { "a\($0)=\"v\"" }.joined(separator: " ") + ">x</p>"),
            ("misnested", String(repeating: "<b><i></b></i>", count: n / 2) + "x"),
        ]
        for (name, body) in patterns {
            let input = try workspace.write("\(name).html", "<html><body>" + body + "</body></html>")
            for writer in ["text", "html"].filter(Formats.hasWriter) {
                let result = try CommandRunner.octavo(["convert", input, "-t", writer, "-o", workspace.path("\(name)-out.\(writer)")])
                #expect(result.status == 0, "\(name) → \(writer): \(result.summary)")
            }
        }
    }

    @Test(.enabled(if: Formats.hasReader("transcript")))
    func pathologicalTranscriptsConvert() throws {
        let workspace = try Workspace()
        let n = 100_000
        let patterns: [(String, String)] = [
            ("speakers.txt", (0..<n).map { "SPEAKER \($0 % 7):\n" }.joined()),
            ("colons.txt", String(repeating: "A: B: C: ", count: n)),
            ("timestamps.txt", String(repeating: "[00:00:00] ", count: n)),
            ("arrows.srt", (0..<n).map { "\($0)\n00:00:01,000 --> 00:00:02,000\n" }.joined()),
            ("cues.vtt", "WEBVTT\n\n" + String(repeating: "00:00.000 --> 00:01.000\n<v A><b><i>x\n\n", count: n / 2)),
            ("blank-lines.txt", String(repeating: "\n", count: 1_000_000) + "end"),
            ("hyphens.txt", String(repeating: "hyphen-\n", count: n)),
            ("numbers.txt", (0..<n).map { "\($0) " }.joined(separator: "\n")),
        ]
        for (name, text) in patterns {
            let input = try workspace.write(name, text)
            for writer in ["text", "json"].filter(Formats.hasWriter) {
                let result = try CommandRunner.octavo(["convert", input, "-f", "transcript", "-t", writer,
                                                       "-o", workspace.path("\(name).\(writer)")])
                #expect(result.status == 0, "\(name) → \(writer): \(result.summary)")
            }
        }
    }

    /// Ten levels of ten references each: 10⁹ copies of "lol" if expanded.
    static let billionLaughs: String = {
        var declarations = #"<!ENTITY lol "lol">"#
        for level in 1...9 {
            let previous = level == 1 ? "&lol;" : "&lol\(level - 1);"
            declarations += "<!ENTITY lol\(level) \"\(String(repeating: previous, count: 10))\">"
        }
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\(declarations)]>\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>start &lol9; end</p></body></html>\n"
    }()

    /// An external entity naming a local file; expanding it would copy the file into the output.
    static func externalEntity(_ target: String) -> String {
        "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file://\(target)\"><!ENTITY % p SYSTEM \"file://\(target)\">%p;]>"
            + "<html><body><p>before &xxe; after</p></body></html>\n"
    }

    @Test(.enabled(if: Formats.hasReader("html")))
    func entityBombsAndExternalEntitiesAreNotExpanded() throws {
        let workspace = try Workspace()
        let secret = try workspace.write("secret.txt", "OCTAVO-SECRET-7f3a")
        let cases = [("laughs.xhtml", Self.billionLaughs), ("laughs.html", Self.billionLaughs),
                     ("xxe.html", Self.externalEntity(secret)), ("passwd.xhtml", Self.externalEntity("/etc/passwd"))]
        for (name, page) in cases {
            let input = try workspace.write(name, page)
            for writer in ["json", "text", "html"].filter(Formats.hasWriter) {
                let result = try CommandRunner.octavo(["convert", input, "--extract", "off", "-t", writer])
                #expect(result.isCleanOutcome, "\(name) → \(writer): \(result.summary)")
                #expect(result.stdout.count < 100_000, "\(name) → \(writer): \(result.stdout.count) bytes: entities were expanded")
                #expect(!result.stdoutText.contains("lollollollollol"), "\(name) → \(writer) expanded an entity")
                #expect(!result.stdoutText.contains("OCTAVO-SECRET-7f3a") && !result.stdoutText.contains("root:x:0:0"),
                        "\(name) → \(writer) read a file through an external entity")
            }
        }
    }

    @Test func entityBombsInMarkdownRawHTMLAreNotExpanded() throws {
        let workspace = try Workspace()
        let input = try workspace.write("laughs.md", "# Title\n\n" + Self.billionLaughs + "\n" + Self.externalEntity("/etc/passwd"))
        for policy in ["keep", "sanitize", "drop"] {
            for writer in ["html", "text", "json"].filter(Formats.hasWriter) {
                let result = try CommandRunner.octavo(["convert", input, "--raw-html", policy, "-t", writer])
                #expect(result.status == 0, "\(policy) → \(writer): \(result.summary)")
                #expect(result.stdout.count < 100_000)
                #expect(!result.stdoutText.contains("lollollollollol") && !result.stdoutText.contains("root:x:0:0"))
            }
        }
    }
}

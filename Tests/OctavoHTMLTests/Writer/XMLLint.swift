import Foundation
import OctavoTestSupport
import Testing

/// Runs `xmllint` over written HTML and returns its complaints.
///
/// `xmllint --html` exits 0 whatever it finds, so the complaints are read from its output.
/// libxml2 2.9's HTML parser predates HTML5 and reports every HTML5 element (`<section>`,
/// `<article>`…) and embedded MathML and SVG as "Tag … invalid"; those messages, for the elements listed here only,
/// are not errors in the document and are set aside. Everything else counts.
enum XMLLint {
    static let program = URL(fileURLWithPath: "/usr/bin/xmllint")

    static let html5Elements: Set<String> = [
        "article", "aside", "header", "footer", "main", "nav", "section", "figure", "figcaption", "time", "mark",
        "data", "bdi", "wbr", "details", "summary", "picture", "ruby", "rt", "rp",
        // Presentation MathML, which HTML5 embeds.
        "math", "mi", "mn", "mo", "ms", "mtext", "mspace", "mrow", "mfrac", "msqrt", "mroot", "mstyle", "merror",
        "mpadded", "mphantom", "mfenced", "menclose", "msub", "msup", "msubsup", "munder", "mover", "munderover",
        "mmultiscripts", "mprescripts", "none", "mtable", "mtr", "mlabeledtr", "mtd", "semantics",
        // SVG, which HTML5 embeds too (reported lowercased).
        "svg", "g", "defs", "symbol", "use", "desc", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textpath", "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "marker",
        "image", "filter",
    ]

    /// Complaints about `html` as an HTML document (a fragment is wrapped in a minimal page).
    static func htmlErrors(_ html: String, fragment: Bool = true) throws -> [String] {
        let page = fragment ? "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>t</title></head><body>\n\(html)</body></html>\n" : html
        let output = try run(["--html", "--noout"], page)
        return complaints(output).filter { line in
            guard let range = line.range(of: #"Tag (\w+) invalid"#, options: .regularExpression) else { return true }
            let name = line[range].split(separator: " ")[1]
            return !html5Elements.contains(String(name))
        }
    }

    /// Complaints about `xhtml` as XML (a fragment is wrapped in an XHTML root declaring `epub:`).
    static func xmlErrors(_ xhtml: String, fragment: Bool = true) throws -> [String] {
        let document = fragment
            ? "<div xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">\n\(xhtml)</div>\n"
            : xhtml
        return complaints(try run(["--noout"], document))
    }

    /// Expects no complaints in either mode that applies.
    static func expectValid(_ output: String, xhtml: Bool, fragment: Bool = true,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let errors = xhtml ? try xmlErrors(output, fragment: fragment) : try htmlErrors(output, fragment: fragment)
        #expect(errors.isEmpty, "xmllint (\(xhtml ? "XML" : "HTML") mode): \(errors.prefix(6).joined(separator: "\n"))",
                sourceLocation: sourceLocation)
    }

    private static func run(_ arguments: [String], _ text: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("octavo-xmllint-\(UUID().uuidString).html")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CommandRunner.run(program, arguments + [file.path])
        return result.stderr + result.stdoutText
    }

    /// The lines that state a problem (xmllint follows each with the source line and a caret).
    private static func complaints(_ output: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { $0.contains(" error") || $0.contains("warning") }
    }
}

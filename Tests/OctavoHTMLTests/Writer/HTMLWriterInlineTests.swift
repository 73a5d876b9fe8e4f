import OctavoCore
@testable import OctavoHTML
import Testing

@Suite struct HTMLWriterInlineTests {
    func render(_ inlines: Inline..., xhtml: Bool = false, raw: ConversionOptions.RawHTMLPolicy = .sanitize) throws -> String {
        let html = HTMLWriter(xhtml: xhtml).render(doc(.paragraph(inlines)), context: context { $0.rawHTML = raw })
        try XMLLint.expectValid(html, xhtml: xhtml)
        return html
    }

    @Test func emphasisFamilyCodeAndBreaks() throws {
        let html = try render(.emphasis([t("e")]), .strong([t("s")]), .strikethrough([t("d")]), .superscript([t("2")]),
                              .subscript([t("i")]), .code("a<b"), .softBreak, t("x"), .lineBreak, t("y"))
        #expect(html == "<p><em>e</em><strong>s</strong><del>d</del><sup>2</sup><sub>i</sub><code>a&lt;b</code>\nx<br />\ny</p>\n")
    }

    @Test func linksAndImagesArePercentEncodedAndEscaped() throws {
        let html = try render(.link(Link(destination: "https://x.org/a b?q=1&r='2'#f", title: "T \"q\"", content: [t("l")])),
                              .image(Image(source: "ü.png", alt: [t("a "), .code("c"), .softBreak, .strong([t("b")])])))
        #expect(html == """
            <p><a href="https://x.org/a%20b?q=1&amp;r=&#x27;2&#x27;#f" title="T &quot;q&quot;">l</a>\
            <img src="%C3%BC.png" alt="a c b" /></p>

            """)
    }

    /// `--raw-html` governs raw HTML only: the model's own links are checked in every mode.
    @Test func scriptURLsAreBlankedWhateverTheRawHTMLPolicy() throws {
        let link = Inline.link(Link(destination: "javascript:alert(1)", content: [t("x")]))
        #expect(try render(link) == "<p><a href=\"\">x</a></p>\n")
        #expect(try render(link, raw: .keep) == "<p><a href=\"\">x</a></p>\n")
        #expect(try render(link, raw: .drop) == "<p><a href=\"\">x</a></p>\n")
        let image = Inline.image(Image(source: "data:image/png;base64,AAAA", alt: [t("ok")]))
        #expect(try render(image).contains("src=\"data:image/png;base64,AAAA\""))
        let svg = Inline.image(Image(source: "data:image/svg+xml;base64,PHN2Zz4=", alt: [t("no")]))
        #expect(try render(svg).contains("src=\"\""))
    }

    @Test func quoteAndByLineSpans() throws {
        let html = try render(.span(Attributes(classes: ["quote"]), [t("said")]), .span(Attributes(classes: ["byline"]), [t("By A")]))
        #expect(html == "<p><q>said</q><span class=\"byline\">By A</span></p>\n")
    }

    @Test func rawInlineHTMLPerPolicy() throws {
        let pieces: [Inline] = [t("a "), .raw(format: "html", text: "<span class=\"x\" onmouseover=\"evil()\">"), t("b"),
                                .raw(format: "html", text: "</span>"), t(" "), .raw(format: "html", text: "<script>"),
                                t("alert(1)"), .raw(format: "html", text: "</script>"), t(" c")]
        let doc = doc(.paragraph(pieces))
        func run(_ policy: ConversionOptions.RawHTMLPolicy, xhtml: Bool = false) throws -> String {
            let html = HTMLWriter(xhtml: xhtml).render(doc, context: context { $0.rawHTML = policy })
            try XMLLint.expectValid(html, xhtml: xhtml)
            return html
        }
        #expect(try run(.keep) == "<p>a <span class=\"x\" onmouseover=\"evil()\">b</span> <script>alert(1)</script> c</p>\n")
        #expect(try run(.sanitize) == "<p>a <span class=\"x\">b</span>  c</p>\n")
        #expect(try run(.drop) == "<p>a b alert(1) c</p>\n")
        // XHTML cannot copy HTML: even `keep` is re-serialized, well-formed.
        let xhtml = try run(.keep, xhtml: true)
        #expect(xhtml.contains("<span class=\"x\" onmouseover=\"evil()\">b</span>"))
    }

    @Test func unclosedAndBlockLevelRawHTMLInsideAParagraphIsRepaired() throws {
        let html = try render(t("x "), .raw(format: "html", text: "<b>"), t("bold"), .raw(format: "html", text: "<div>"), t("y"))
        #expect(html == "<p>x <b>boldy</b></p>\n")
    }

    @Test func controlCharactersNeverReachXML() throws {
        let html = try render(t("a\u{1}b\u{0}c"), xhtml: true)
        #expect(html == "<p>a\u{FFFD}b\u{FFFD}c</p>\n")
    }
}

import OctavoCore
@testable import OctavoHTML
import Testing

@Suite struct SanitizerTests {
    static let hostile = [
        "<script>alert(1)</script><p>kept</p>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">j</a><a href=\" JaVa\tScRiPt:alert(1)\">k</a><a href=\"vbscript:x\">v</a>",
        "<iframe src=\"https://evil\"></iframe><object data=x></object><embed src=x><form action=x><input name=q></form>",
        "<style>body{display:none}</style><div style=\"position:fixed\" onclick=\"x()\">styled</div>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">d</a><img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
        "<div><p><b>unclosed <i>tags",
        "<svg><script>alert(1)</script></svg><template><script>x</script></template>",
        "<math><annotation-xml encoding=\"text/html\"><script>x</script></annotation-xml><mi href=\"javascript:x\" onclick=\"y\">x</mi></math>",
        "</div></div>stray ends<p>",
        "<scr<script>ipt>alert(1)</script>",
        "<!-- comment --><![CDATA[x]]>",
    ]

    func sanitize(_ html: String, xhtml: Bool, phrasing: Bool = false) -> String {
        HTMLSanitizer.sanitize(html, policy: .safe, phrasingOnly: phrasing, xhtml: xhtml, maxDepth: 256, context: nil)
    }

    @Test(arguments: hostile)
    func hostileHTMLComesOutSafeAndWellFormed(_ html: String) throws {
        for xhtml in [false, true] {
            for phrasing in [false, true] {
                let clean = sanitize(html, xhtml: xhtml, phrasing: phrasing)
                let lower = clean.lowercased()
                for banned in ["<script", "<style", "<iframe", "<object", "<embed", "<form", "<input", "foreignobject", "annotation",
                               "onerror", "onclick", "javascript:", "vbscript:", "data:text", "svg+xml", "style="] {
                    #expect(!lower.contains(banned), "\(banned) survived in \(clean)")
                }
                try XMLLint.expectValid(clean, xhtml: xhtml)
            }
        }
    }

    @Test func safeMarkupSurvivesWithItsAllowedAttributes() {
        let html = #"<div class="note" id="n"><p title="t">A <a href="https://x.org/?a=1&amp;b=2" rel="nofollow" target="_blank">link</a> and <img src="data:image/png;base64,AA" alt="dot" width="1"></p><table><tr><td colspan="2">c</td></tr></table></div>"#
        #expect(sanitize(html, xhtml: false) == #"<div class="note" id="n"><p title="t">A <a href="https://x.org/?a=1&amp;b=2" rel="nofollow">link</a> and <img alt="dot" src="data:image/png;base64,AA" width="1" /></p><table><tr><td colspan="2">c</td></tr></table></div>"#)
    }

    @Test func presentationMathMLIsKeptInItsNamespace() throws {
        let html = #"<math display="block" xmlns="urn:wrong"><mrow><msup><mi>x</mi><mn>2</mn></msup><mo style="color:red">+</mo></mrow><annotation encoding="TeX">x^2+</annotation></math>"#
        let expected = #"<math display="block" xmlns="http://www.w3.org/1998/Math/MathML"><mrow><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo></mrow></math>"#
        for xhtml in [false, true] {
            #expect(sanitize(html, xhtml: xhtml, phrasing: true) == expected)
        }
        try XMLLint.expectValid(expected, xhtml: true)
    }

    @Test func xhtmlIDsBecomeXMLNames() {
        #expect(sanitize(#"<p id="1 two">x</p><p id="ok">y</p>"#, xhtml: true) == #"<p id="h-1-two">x</p><p id="ok">y</p>"#)
        #expect(sanitize(#"<p id="1 two">x</p>"#, xhtml: false) == #"<p id="1 two">x</p>"#)
    }

    @Test func unknownElementsAreUnwrappedAndBlocksUnwrappedInsideParagraphs() {
        #expect(sanitize("<center><font color=red>old</font></center>", xhtml: false) == "old")
        #expect(sanitize("a <div>b</div> <em>c</em>", xhtml: false, phrasing: true) == "a b <em>c</em>")
    }

    @Test func tenThousandNestedDivsComeOutFlatEnoughAndWellFormed() throws {
        let depth = 10_000
        let html = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
        for xhtml in [false, true] {
            let clean = sanitize(html, xhtml: xhtml)
            #expect(clean.contains("deep"))
            #expect(clean.components(separatedBy: "<div>").count - 1 == HTMLSanitizer.nestingLimit)
            try XMLLint.expectValid(clean, xhtml: xhtml)
        }
        // And unclosed: the parser closes them all.
        let unclosed = sanitize(String(repeating: "<div><span>", count: depth) + "x", xhtml: true)
        try XMLLint.expectValid(unclosed, xhtml: true)
    }

    @Test func urlSafety() {
        #expect(SanitizerPolicy.isSafeURL("https://a.b/c", image: false))
        #expect(SanitizerPolicy.isSafeURL("/a/b?c=d:e", image: false))
        #expect(SanitizerPolicy.isSafeURL("mailto:a@b.c", image: false))
        #expect(!SanitizerPolicy.isSafeURL("javascript:x", image: false))
        #expect(!SanitizerPolicy.isSafeURL("\u{1}java\nscript:x", image: true))
        #expect(!SanitizerPolicy.isSafeURL("FILE:///etc/passwd", image: true))
        #expect(SanitizerPolicy.isSafeURL("data:image/jpeg;base64,AA", image: true))
        #expect(!SanitizerPolicy.isSafeURL("data:image/jpeg;base64,AA", image: false))
        #expect(!SanitizerPolicy.isSafeURL("data:image/svg+xml,<svg onload=x>", image: true))
    }

    @Test func rawBlocksThroughTheWriterInEveryMode() throws {
        let book = doc(.raw(format: "html", text: "<div onclick=x><script>bad()</script>ok"), .paragraph([.text("after")]))
        let sanitized = HTMLWriter().render(book, context: context())
        #expect(sanitized == "<div>ok</div>\n<p>after</p>\n")
        let kept = HTMLWriter().render(book, context: context { $0.rawHTML = .keep })
        #expect(kept == "<div onclick=x><script>bad()</script>ok\n<p>after</p>\n")
        let dropped = HTMLWriter().render(book, context: context { $0.rawHTML = .drop })
        #expect(dropped == "<p>after</p>\n")
        let xhtmlKept = HTMLWriter(xhtml: true).render(book, context: context { $0.rawHTML = .keep })
        try XMLLint.expectValid(xhtmlKept, xhtml: true)
    }
}

@Suite struct RawBlockRunTests {
    @Test func markdownBetweenRawBlocksKeepsItsWrapper() throws {
        let book = doc(.raw(format: "html", text: "<details onclick=\"x()\">\n<summary>More</summary>\n"),
                       .paragraph([.strong([.text("Hidden")]), .text(" text")]),
                       .list(ListBlock(kind: .bullet, items: [.init(task: .done, blocks: [.paragraph([.text("done")])])])),
                       .raw(format: "html", text: "</details>\n"),
                       .paragraph([.text("after")]))
        for xhtml in [false, true] {
            let html = HTMLWriter(xhtml: xhtml).render(book, context: context())
            try XMLLint.expectValid(html, xhtml: xhtml)
            #expect(html == """
                <details>
                <summary>More</summary>
                <p><strong>Hidden</strong> text</p>
                <ul>
                <li><input checked="" disabled="" type="checkbox" /> done</li>
                </ul>
                </details>
                <p>after</p>

                """)
        }
    }

    @Test func enabledCheckboxesAndOtherControlsStillGo() {
        let clean = HTMLSanitizer.sanitize("<input type=checkbox><input type=text disabled><input type=checkbox disabled onclick=x>",
                                           policy: .safe, phrasingOnly: false, xhtml: false, maxDepth: 256, context: nil)
        #expect(clean == "<input disabled=\"disabled\" type=\"checkbox\" />")
    }
}

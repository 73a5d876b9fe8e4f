import OctavoCore
@testable import OctavoHTML
import Testing

@Suite struct FootnoteTests {
    let shared = Footnote(label: "n", blocks: [.paragraph([.text("Shared.")])])

    @Test func sectionStyleMatchesCmarkGFM() throws {
        let book = doc(.paragraph([.text("a"), .footnote(shared), .text(" b"), .footnote(shared)]),
                       .paragraph([.footnote(Footnote(blocks: [.codeBlock(CodeBlock(text: "code\n"))]))]))
        let html = HTMLWriter().render(book, context: context())
        try XMLLint.expectValid(html, xhtml: false)
        #expect(html == """
            <p>a<sup class="footnote-ref"><a href="#fn-n" id="fnref-n" data-footnote-ref>1</a></sup> b\
            <sup class="footnote-ref"><a href="#fn-n" id="fnref-n-2" data-footnote-ref>1</a></sup></p>
            <p><sup class="footnote-ref"><a href="#fn-2" id="fnref-2" data-footnote-ref>2</a></sup></p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-n">
            <p>Shared. <a href="#fnref-n" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" \
            aria-label="Back to reference 1">↩</a> <a href="#fnref-n-2" class="footnote-backref" data-footnote-backref \
            data-footnote-backref-idx="1-2" aria-label="Back to reference 1-2">↩<sup class="footnote-ref">2</sup></a></p>
            </li>
            <li id="fn-2">
            <pre><code>code
            </code></pre>
            <a href="#fnref-2" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="2" \
            aria-label="Back to reference 2">↩</a>
            </li>
            </ol>
            </section>

            """)
    }

    @Test func labelsAreEscapedIntoIDs() throws {
        let note = Footnote(label: "\"><script>", blocks: [.paragraph([.text("x")])])
        let html = HTMLWriter().render(doc(.paragraph([.footnote(note)])), context: context())
        #expect(html.contains("href=\"#fn-%22%3E%3Cscript%3E\""))
        #expect(!html.contains("<script>"))
    }

    @Test func epubStyleUsesAsidesAndXMLNames() throws {
        let writer = HTMLWriter(xhtml: true, footnoteStyle: .epub)
        let nested = Footnote(label: "outer", blocks: [.paragraph([.text("Outer"), .footnote(Footnote(label: "in ner", blocks: [.paragraph([.text("Inner")])]))])])
        let fragment = writer.renderFragment([h(1, "Chapter"), .paragraph([.text("x"), .footnote(nested)])],
                                             context: context(), idPrefix: "c1-")
        try XMLLint.expectValid(fragment.html, xhtml: true)
        #expect(fragment.html.contains("<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#c1-fn-1\" id=\"c1-fnref-1\">1</a>"))
        #expect(fragment.html.contains("<aside epub:type=\"footnote\" role=\"doc-footnote\" class=\"footnote\" id=\"c1-fn-1\">"))
        #expect(fragment.html.contains("id=\"c1-fn-2\""))  // the note referenced from inside a note
        #expect(fragment.headings == [HTMLFragment.Heading(level: 1, id: "c1-chapter", text: "Chapter")])
    }
}

import OctavoCore
@testable import OctavoHTML
import Testing

@Suite struct HTMLWriterBlockTests {
    let writer = HTMLWriter()

    func render(_ blocks: Block..., xhtml: Bool = false, configure: (inout ConversionOptions) -> Void = { _ in }) throws -> String {
        let ctx = context(configure)
        let html = HTMLWriter(xhtml: xhtml).render(Book(documents: [Document(blocks: blocks)]), context: ctx)
        try XMLLint.expectValid(html, xhtml: xhtml, fragment: !ctx.options.standalone)
        return html
    }

    @Test func paragraphsHeadingsAndEscaping() throws {
        let html = try render(h(2, "A & B"), p(t("1 < 2 > 0 \"q\" & done")))
        #expect(html == "<h2>A &amp; B</h2>\n<p>1 &lt; 2 &gt; 0 &quot;q&quot; &amp; done</p>\n")
    }

    @Test func fragmentsKeepOnlyExplicitHeadingIDsButStandalonePagesSlugEveryHeading() throws {
        #expect(try render(h(1, "Intro"), h(1, "Intro", id: "custom")) == "<h1>Intro</h1>\n<h1 id=\"custom\">Intro</h1>\n")
        let page = try render(h(1, "Getting Started!"), h(2, "Getting Started!"), h(2, "Ünïcode & more"),
                              configure: { $0.standalone = true })
        #expect(page.contains("<h1 id=\"getting-started\">"))
        #expect(page.contains("<h2 id=\"getting-started-1\">"))
        #expect(page.contains("<h2 id=\"ünïcode--more\">"))
        let claimed = try render(h(1, "Intro"), h(2, "Later", id: "intro"), configure: { $0.standalone = true })
        #expect(claimed.contains("<h1 id=\"intro-1\">Intro</h1>") && claimed.contains("<h2 id=\"intro\">Later</h2>"))
    }

    @Test func listsWithStartTightnessAndTasks() throws {
        let tight = ListBlock(kind: .ordered(start: 3, delimiter: "."), isTight: true, items: [
            .init(blocks: [p(t("a"))]),
            .init(blocks: [p(t("b")), .list(ListBlock(kind: .bullet, items: [.init(blocks: [p(t("c"))])]))]),
        ])
        #expect(try render(.list(tight)) == "<ol start=\"3\">\n<li>a</li>\n<li>b\n<ul>\n<li>c</li>\n</ul>\n</li>\n</ol>\n")
        let loose = ListBlock(kind: .bullet, isTight: false, items: [.init(blocks: [p(t("a"))]), .init(blocks: [])])
        #expect(try render(.list(loose)) == "<ul>\n<li>\n<p>a</p>\n</li>\n<li></li>\n</ul>\n")
        let tasks = ListBlock(kind: .bullet, items: [.init(task: .open, blocks: [p(t("todo"))]),
                                                     .init(task: .done, blocks: [p(t("done"))])])
        #expect(try render(.list(tasks)) == """
            <ul>
            <li><input type="checkbox" disabled="" /> todo</li>
            <li><input type="checkbox" checked="" disabled="" /> done</li>
            </ul>

            """)
        _ = try render(.list(tasks), xhtml: true)
    }

    @Test func codeBlocksCarryTheirLanguageAndStayVerbatim() throws {
        let html = try render(.codeBlock(CodeBlock(language: "swift", info: "swift title=x", text: "if a < b && c {\n}\n")),
                              .codeBlock(CodeBlock(info: "py extra", text: "x\n")), .codeBlock(CodeBlock(text: "")))
        #expect(html == """
            <pre><code class="language-swift">if a &lt; b &amp;&amp; c {
            }
            </code></pre>
            <pre><code class="language-py">x
            </code></pre>
            <pre><code></code></pre>

            """)
    }

    @Test func tablesWithAlignmentCaptionSpansAndPadding() throws {
        let table = Table(caption: [t("Scores")], alignments: [.left, .none, .right],
                          head: [[.init([t("Name")]), .init([t("Team")]), .init([t("Points")])]],
                          body: [[.init([.emphasis([t("Ann")])]), Table.Cell(blocks: [.plain([t("Red, Blue")])], columnSpan: 2)],
                                 [.init([t("Bo")])]])
        #expect(try render(.table(table)) == """
            <table>
            <caption>Scores</caption>
            <thead>
            <tr>
            <th align="left">Name</th>
            <th>Team</th>
            <th align="right">Points</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td align="left"><em>Ann</em></td>
            <td colspan="2">Red, Blue</td>
            </tr>
            <tr>
            <td align="left">Bo</td>
            <td></td>
            <td align="right"></td>
            </tr>
            </tbody>
            </table>

            """)
        let headOnly = Table(alignments: [.none], head: [[.init([t("x")])]], body: [])
        #expect(try !render(.table(headOnly)).contains("tbody"))
    }

    @Test func figuresDefinitionListsLineBlocksQuotesAndBreaks() throws {
        let figure = Figure(content: [.plain([.image(Image(source: "a b.png", title: "T", alt: [t("An "), .emphasis([t("alt")])]))])],
                            caption: [t("Caption")], attributes: Attributes(id: "fig1"))
        #expect(try render(.figure(figure)) == """
            <figure id="fig1">
            <img src="a%20b.png" alt="An alt" title="T" />
            <figcaption>Caption</figcaption>
            </figure>

            """)
        let list = Block.definitionList([DefinitionItem(term: [t("Term")], definitions: [[p(t("One"))], [p(t("Two")), p(t("More"))]])])
        #expect(try render(list) == "<dl>\n<dt>Term</dt>\n<dd>One</dd>\n<dd>\n<p>Two</p>\n<p>More</p>\n</dd>\n</dl>\n")
        #expect(try render(.lineBlock([[t("roses")], [t("violets")]])) == "<div class=\"line-block\">roses<br />\nviolets</div>\n")
        #expect(try render(.blockQuote([p(t("q"))]), .thematicBreak) == "<blockquote>\n<p>q</p>\n</blockquote>\n<hr />\n")
    }

    @Test func divisionsAndSpansKeepTheirAttributesSorted() throws {
        let division = Block.division(Attributes(id: "d", classes: ["note", "wide"], pairs: ["z": "1", "lang": "fr", "onclick": "x"]),
                                      [p(.span(Attributes(classes: ["k"], pairs: ["title": "t"]), [t("s")]))])
        #expect(try render(division) == """
            <div id="d" class="note wide" data-onclick="x" data-z="1" lang="fr">
            <p><span class="k" title="t">s</span></p>
            </div>

            """)
        #expect(try render(division, xhtml: true).contains("lang=\"fr\" xml:lang=\"fr\""))
    }

    @Test func speakerTurnsStartTheirFirstParagraphWithTheSpeaker() throws {
        let turn = Block.division(Attributes(classes: ["turn"], pairs: ["speaker": "MS. PSAKI", "timestamp": "00:12:31"]), [
            p(t("Good afternoon. "), .span(Attributes(classes: ["stage-direction"]), [t("(Laughter.)")])),
            p(t("Second. "), .span(Attributes(classes: ["stage-direction"]), [.emphasis([t("(Applause.)")])])),
        ])
        #expect(try render(turn) == """
            <div class="turn" data-speaker="MS. PSAKI" data-timestamp="00:12:31">
            <p><span class="speaker">MS. PSAKI:</span> Good afternoon. <span class="stage-direction"><em>(Laughter.)</em></span></p>
            <p>Second. <span class="stage-direction"><em>(Applause.)</em></span></p>
            </div>

            """)
    }

    @Test func articleDivisionsGetAHeaderWithByline() throws {
        let article = Block.division(Attributes(classes: ["article"], pairs: [
            "author": "Ann Lee; Bo Chen", "date": "2024-03-01", "source": "https://example.com/a", "site-name": "Example",
        ]), [h(2, "The News"), p(t("Body."))])
        #expect(try render(article) == """
            <article>
            <header>
            <h2>The News</h2>
            <p class="byline"><span class="author">Ann Lee</span> and <span class="author">Bo Chen</span></p>
            <p class="date"><time datetime="2024-03-01">2024-03-01</time></p>
            <p class="source"><a href="https://example.com/a">Example</a></p>
            </header>
            <p>Body.</p>
            </article>

            """)
    }

    @Test func rawBlocksOfOtherFormatsAreLeftOut() throws {
        let ctx = context()
        let html = HTMLWriter().render(doc(.raw(format: "latex", text: "\\newpage"), p(t("x"))), context: ctx)
        #expect(html == "<p>x</p>\n")
        #expect(ctx.diagnostics.contains { $0.source == "html.raw" })
    }

    @Test func deepNestingIsFlattenedNotOverflowed() throws {
        var block = p(t("deep"))
        for _ in 0..<1_000 { block = .blockQuote([block]) }
        let ctx = context()
        let html = HTMLWriter().render(doc(block), context: ctx)
        #expect(html.contains("<p>deep</p>"))
        #expect(html.components(separatedBy: "<blockquote>").count - 1 <= ctx.options.limits.maxDepth + 1)
        #expect(ctx.diagnostics.contains { $0.source == "html.depth" })
    }
}

@Suite struct XHTMLTableTests {
    @Test func xhtmlTablesAlignWithCSS() throws {
        let table = Table(alignments: [.center], head: [[.init([t("h")])]], body: [[.init([t("b")])]])
        let html = HTMLWriter(xhtml: true).render(doc(.table(table)), context: context())
        try XMLLint.expectValid(html, xhtml: true)
        #expect(html.contains("<th style=\"text-align: center\">h</th>"))
        #expect(!html.contains("align="))
    }
}

@Suite struct DeepNestingTests {
    /// 300 levels of lists, quotes and tables (past the reader's limit): XML parsers must still accept it.
    @Test(arguments: ["list", "quote", "table"])
    func deepModelsStayWithinWhatParsersAccept(_ kind: String) throws {
        var block = p(.emphasis([t("deep")]))
        for _ in 0..<300 {
            switch kind {
            case "list": block = .list(ListBlock(kind: .bullet, items: [.init(blocks: [block])]))
            case "quote": block = .blockQuote([block])
            default: block = .table(Table(alignments: [.none], head: [], body: [[Table.Cell(blocks: [block])]]))
            }
        }
        for xhtml in [false, true] {
            let page = HTMLWriter(xhtml: xhtml).render(doc(block), context: context { $0.standalone = true })
            #expect(page.contains("deep"))
            try XMLLint.expectValid(page, xhtml: xhtml, fragment: false)
        }
    }
}

@Suite struct PlainBlockTests {
    @Test func consecutivePlainBlocksDoNotRunTogether() throws {
        let html = HTMLWriter().render(doc(.division(Attributes(), [.plain([t("a")]), .plain([t("b")])])), context: context())
        #expect(html == "<div>\na\nb\n</div>\n")
    }
}

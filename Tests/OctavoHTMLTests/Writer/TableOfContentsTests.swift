@testable import OctavoHTML
import Testing

@Suite struct TableOfContentsTests {
    func heading(_ level: Int, _ id: String) -> HTMLFragment.Heading { .init(level: level, id: id, text: id) }

    @Test func levelJumpsNestOnceAndClimbBack() throws {
        let toc = TableOfContents.render([heading(1, "a"), heading(3, "b"), heading(2, "c"), heading(1, "d"), heading(2, "e")],
                                         depth: 3, xhtml: true)
        #expect(toc == """
            <nav id="toc" class="toc" role="doc-toc">
            <ul>
            <li><a href="#a">a</a>
            <ul>
            <li><a href="#b">b</a></li>
            </ul>
            <ul>
            <li><a href="#c">c</a></li>
            </ul>
            </li>
            <li><a href="#d">d</a>
            <ul>
            <li><a href="#e">e</a></li>
            </ul>
            </li>
            </ul>
            </nav>

            """)
        try XMLLint.expectValid(toc, xhtml: true)
        try XMLLint.expectValid(toc, xhtml: false)
    }

    @Test func depthAndMissingIDsLeaveEntriesOut() {
        #expect(TableOfContents.render([heading(3, "deep"), .init(level: 1, id: nil, text: "x")], depth: 2, xhtml: false).isEmpty)
    }
}

import Foundation
@testable import OctavoHTML
import Testing

@Suite struct HTMLParserTests {
    @Test func parsesElementsAttributesAndText() throws {
        let tree = try HTMLParser.parseDocument(Data(#"<html lang="en"><body><p class="a">Hi <b>there</b></p></body></html>"#.utf8))
        #expect(tree[tree.root].name == "html")
        #expect(tree[tree.root].attribute("lang") == "en")
        let p = try #require(tree.firstElement(named: "p"))
        #expect(tree[p].attribute("class") == "a")
        #expect(tree.textContent(of: p) == "Hi there")
    }

    @Test func fragmentsKeepTheirTopLevelNodes() throws {
        let tree = try HTMLParser.parseFragment("<em>a</em> b <!-- c -->")
        #expect(tree[tree.root].name == "#fragment")
        #expect(tree[tree.root].children.map { tree[$0].kind } == [.element, .text, .comment])
    }

    @Test func hundredThousandNestedElementsParseWithoutRecursion() throws {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
        let tree = try HTMLParser.parseDocument(Data(html.utf8))
        #expect(tree.textContent(of: tree.root) == "deep")
        #expect(tree.elements(named: "div").count == depth)
    }

    @Test func garbageAndNULBytesDoNotCrash() throws {
        var bytes = Array("<p>a\u{0}b<<<>>&&;<x y=\"".utf8)
        bytes += [0xFF, 0xFE, 0xC0, 0x80]
        _ = try HTMLParser.parseDocument(Data(bytes))
        _ = try HTMLParser.parseDocument(Data())
    }
}

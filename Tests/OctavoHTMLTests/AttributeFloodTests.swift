import Foundation
@testable import OctavoHTML
import Testing

@Suite struct AttributeFloodTests {
    static func tag(_ count: Int, value: String = "\"v\"") -> String {
        "<p " + (0..<count).map { "a\($0)=\(value)" }.joined(separator: " ") + ">text</p>"
    }

    @Test func ordinaryPagesAreNotCopied() {
        let page = "<html><body><!-- <p a b c> --><p class=\"x\" id=y data-z='1 > 2' hidden>t</p></body></html>"
        #expect(AttributeFlood.capped(Data(page.utf8)) == nil)
        #expect(AttributeFlood.capped(Data(Self.tag(AttributeFlood.limit).utf8)) == nil)
    }

    @Test func attributesPastTheLimitAreDropped() throws {
        for value in ["\"v\"", "'v > w'", "v", "\"\""] {
            let page = "<html><body>" + Self.tag(5_000, value: value) + "<b>after</b></body></html>"
            let capped = try #require(AttributeFlood.capped(Data(page.utf8)))
            let tree = try HTMLParser.parseDocument(capped)
            let p = try #require(tree.firstElement(named: "p"))
            #expect(tree[p].attributes.count == AttributeFlood.limit, "value \(value)")
            #expect(tree[p].attribute("a0") != nil && tree[p].attribute("a99") != nil && tree[p].attribute("a100") == nil)
            #expect(tree.textContent(of: tree.root).contains("textafter"))
        }
    }

    @Test func everyFloodedTagIsCappedAndAnUnclosedOneRunsToTheEnd() throws {
        let page = Self.tag(300) + "<i>middle</i>" + Self.tag(300) + "<div " + String(repeating: "x ", count: 500)
        let capped = try #require(AttributeFlood.capped(Data(page.utf8)))
        let text = String(decoding: capped, as: UTF8.self)
        #expect(text.contains("a99=\"v\"") && !text.contains("a100="))
        #expect(text.contains("<i>middle</i>"))
        #expect(text.components(separatedBy: "x ").count - 1 == AttributeFlood.limit)
    }

    @Test func aHugeFloodParses() throws {
        // 200,000 attributes on one tag: about 10¹⁰ comparisons in libxml2 without the cap.
        let page = Data(("<html><body>" + Self.tag(200_000) + "</body></html>").utf8)
        let tree = try HTMLParser.parseDocument(page)
        let p = try #require(tree.firstElement(named: "p"))
        #expect(tree[p].attributes.count == AttributeFlood.limit)
    }
}

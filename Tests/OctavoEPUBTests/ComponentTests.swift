import Foundation
import OctavoCore
@testable import OctavoEPUB
import OctavoImages
import OctavoHTML
import Testing

/// The small parts: hashing, names, dates, sniffing, ids, navigation nesting.
@Suite struct ComponentTests {
    @Test func sha1MatchesTheStandardVectors() {
        #expect(HexDigits.of(ContentDigest.sha1(Data("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(HexDigits.of(ContentDigest.sha1(Data())) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        let long = Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(HexDigits.of(ContentDigest.sha1(long)) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    }

    @Test func nameBasedUUIDIsVersion5AndStable() {
        var a = NameBasedUUID.hasher(), b = NameBasedUUID.hasher(), c = NameBasedUUID.hasher()
        a.update("book"); b.update("book"); c.update("other")
        let ua = NameBasedUUID.uuid(finishing: &a), ub = NameBasedUUID.uuid(finishing: &b), uc = NameBasedUUID.uuid(finishing: &c)
        #expect(ua == ub)
        #expect(ua != uc)
        // RFC 4122's version 5 of "book" in Octavo's namespace (Python: uuid.uuid5(namespace, "book")).
        #expect(ua == "15d8619b-2cc4-50e2-8aaa-c94080051a46")
        #expect(ua.range(of: "^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", options: .regularExpression) != nil)
    }

    @Test func dosTimesComeFromUTCAndAreClamped() {
        let t = DOSDateTime(Date(timeIntervalSince1970: 1_700_000_000))   // 2023-11-14 22:13:20 UTC
        #expect(t.date == UInt16((2023 - 1980) << 9 | 11 << 5 | 14))
        #expect(t.time == UInt16(22 << 11 | 13 << 5 | 10))
        #expect(DOSDateTime(Date(timeIntervalSince1970: 0)) == DOSDateTime(year: 1980, month: 1, day: 1, hour: 0, minute: 0, second: 0))
    }

    @Test func imagesAreRecognisedByTheirBytes() {
        #expect(ImageMediaType.sniff(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0])) == .png)
        #expect(ImageMediaType.sniff(Data([0xFF, 0xD8, 0xFF, 0xE0])) == .jpeg)
        #expect(ImageMediaType.sniff(Data("GIF89a....".utf8)) == .gif)
        #expect(ImageMediaType.sniff(Data("RIFF\0\0\0\0WEBPVP8 ".utf8)) == .webp)
        #expect(ImageMediaType.sniff(Data("<?xml version=\"1.0\"?>\n<!-- c -->\n<svg xmlns=\"…\"/>".utf8)) == .svg)
        #expect(ImageMediaType.sniff(Data("<html><svg/></html>".utf8)) == nil)
        #expect(ImageMediaType.sniff(Data("root:x:0:0".utf8)) == nil)
    }

    @Test func unsafeSVGIsRecognised() {
        #expect(SVGSafety.problem(in: EPUBTestKit.svg) == nil)
        #expect(SVGSafety.problem(in: Data(#"<svg><script>x()</script></svg>"#.utf8)) != nil)
        #expect(SVGSafety.problem(in: Data(#"<svg><rect onclick="x()"/></svg>"#.utf8)) != nil)
        #expect(SVGSafety.problem(in: Data(#"<svg><a href="javascript:x()"/></svg>"#.utf8)) != nil)
        #expect(SVGSafety.problem(in: Data(#"<svg><image href="https://tracker.example/x.png"/></svg>"#.utf8)) != nil)
    }

    @Test func imageReferencesAreClassified() {
        #expect(ImageReference("https://x.example/a.png") == .remote("https://x.example/a.png"))
        #expect(ImageReference("//x.example/a.png") == .remote("//x.example/a.png"))
        #expect(ImageReference("file:///etc/passwd") == .local("/etc/passwd"))
        #expect(ImageReference("my%20pic.png?x=1") == .local("my pic.png"))
        #expect(ImageReference("data:text/plain,hi%21") == .inline(Data("hi!".utf8)))
        #expect(ImageReference("data:image/gif;base64,R0lG") == .inline(Data("GIF".utf8)))
        if case .unsupported = ImageReference("javascript:alert(1)") {} else { Issue.record("javascript: accepted") }
    }

    @Test func languagesAreNormalised() {
        #expect(LanguageTag.normalized(" pt_BR ") == "pt-BR")
        #expect(LanguageTag.normalized("English!") == nil)
    }

    @Test func idsBecomeUniqueXMLNames() {
        var ids = IDRegistry(reservedPrefix: "x-")
        #expect(ids.claim("intro", document: 0, file: "a") == "intro")
        #expect(ids.claim("intro", document: 1, file: "b") == "intro-2")
        #expect(ids.claim("1 two", document: 0, file: "a") == "id-1-two")
        #expect(ids.claim("x-fn-1", document: 0, file: "a") == "id-x-fn-1")
        #expect(ids.claim("été", document: 0, file: "a") == "été")
        #expect(ids.target(of: "intro", document: 1) == IDRegistry.Target(file: "b", id: "intro-2"))
        #expect(ids.target(of: "intro", document: 2) == nil)
        #expect(ids.generate(prefix: "sec") == "sec-1")
    }

    @Test func sectionsNestByLevelToTheDepth() {
        let chapter = PreparedChapter(fileName: "c.xhtml", documentIndex: 0, title: "C", titleInlines: [.text("C")],
                                      provenance: .init(), language: "en", body: [],
                                      sections: [SectionHeading(level: 3, title: "early", id: "e"),
                                                 SectionHeading(level: 2, title: "A", id: "a"),
                                                 SectionHeading(level: 3, title: "A1", id: "a1"),
                                                 SectionHeading(level: 4, title: "A1x", id: "a1x"),
                                                 SectionHeading(level: 2, title: "B", id: "b")],
                                      hasInternalLinks: false)
        let two = NavPoint.tree(for: [chapter], depth: 2)
        #expect(two[0].children.map(\.title) == ["early", "A", "B"])
        #expect(two[0].children.allSatisfy { $0.children.isEmpty })
        let three = NavPoint.tree(for: [chapter], depth: 3)
        #expect(three[0].children[1].children.map(\.href) == ["c.xhtml#a1"])
        #expect(NavPoint.depth(of: NavPoint.tree(for: [chapter], depth: 9)) == 4)
        #expect(NavPoint.tree(for: [chapter], depth: 1)[0].children.isEmpty)
    }
}

@Suite struct ManifestPropertyTests {
    @Test func mathAndSVGElementsAreDeclared() {
        #expect(BookContent.manifestProperties(Data("<p>x &lt;math</p>".utf8)).isEmpty)
        #expect(BookContent.manifestProperties(Data(#"<p><math xmlns="http://www.w3.org/1998/Math/MathML"/></p>"#.utf8)) == ["mathml"])
        #expect(BookContent.manifestProperties(Data("<svg:svg >…<math>".utf8)) == ["mathml", "svg"])
    }
}

@Suite struct LinkTests {
    @Test func webLinksNeedAParsableHost() {
        #expect(LinkResolver.external("https://example.com/a b") == "https://example.com/a%20b")
        #expect(LinkResolver.external("HTTP://user@example.com:8080/x") != nil)
        #expect(LinkResolver.external("https://bücher.example/") != nil)
        #expect(LinkResolver.external("https://[::1]/") != nil)
        #expect(LinkResolver.external("https://../") == nil)
        #expect(LinkResolver.external("https://foo.bar.`baz") == nil)
        #expect(LinkResolver.external("https://") == nil)
        #expect(LinkResolver.external("//cdn.example/x") == "https://cdn.example/x")
        #expect(LinkResolver.external("mailto:a@b.example") == "mailto:a@b.example")
        #expect(LinkResolver.external("#x") == nil)
        #expect(LinkResolver.external("javascript:alert(1)") == nil)
        #expect(LinkResolver.external("https://example.com:80ü/") == nil)
        #expect(LinkResolver.external("https://-bad.example/") == nil)
        #expect(LinkResolver.external("https://example.com./x?q=a://b") == "https://example.com./x?q=a://b")
        #expect(LinkResolver.external("https://例え.テスト/") != nil)
    }

    @Test func schemesAreRecognisedLikeRFC3986() {
        #expect(LinkResolver.hasScheme("JavaScript:alert(1)"))
        #expect(LinkResolver.hasScheme("x-app+v1.2:thing"))
        #expect(!LinkResolver.hasScheme("1abc:x"))
        #expect(!LinkResolver.hasScheme("notes/a:b.md"))
        #expect(!LinkResolver.hasScheme("chapter.md"))
        #expect(!LinkResolver.hasScheme(""))
    }
}

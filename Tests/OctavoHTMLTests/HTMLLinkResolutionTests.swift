import Foundation
import OctavoCore
@testable import OctavoHTML
import Testing

@Suite struct HTMLLinkResolutionTests {
    static func destinations(_ html: String, baseURL: String? = nil) throws -> [String] {
        let (document, _) = try ReaderHarness.read(html, extraction: .off, baseURL: baseURL)
        var out: [String] = []
        for case let .paragraph(inlines) in document.blocks {
            for inline in inlines {
                if case let .link(link) = inline { out.append(link.destination) }
                if case let .image(image) = inline { out.append(image.source) }
            }
        }
        return out
    }

    @Test func baseURLOptionResolvesRelativeLinks() throws {
        let found = try Self.destinations("<p><a href='b/c.html'>x</a><a href='/d'>y</a><img src='e.png'><a href='#f'>z</a></p>",
                                          baseURL: "https://site.example/a/page.html")
        #expect(found == ["https://site.example/a/b/c.html", "https://site.example/d", "https://site.example/a/e.png", "#f"])
    }

    @Test func baseElementWinsAndIsItselfResolved() throws {
        let html = "<html><head><base href='/docs/'></head><body><p><a href='x.html'>x</a></p></body></html>"
        #expect(try Self.destinations(html, baseURL: "https://site.example/a/b") == ["https://site.example/docs/x.html"])
    }

    @Test func canonicalLinkIsTheFallbackPageURL() throws {
        let html = "<html><head><link rel='canonical' href='https://c.example/post/1'></head><body><p><a href='2'>n</a></p></body></html>"
        #expect(try Self.destinations(html) == ["https://c.example/post/2"])
    }

    @Test func withoutABaseReferencesStayRelativeAndLocalImagesAreResources() throws {
        let (document, _) = try ReaderHarness.read("<p><img src='img/a.png'><img src='https://x.example/b.png'><img src='img/a.png'></p>")
        #expect(document.resources == [Resource(reference: "img/a.png", kind: .image)])
    }

    @Test func srcsetPicksTheWidestCandidate() {
        #expect(ImageSource.bestCandidate("a.jpg 320w, b.jpg 1024w, c.jpg 640w") == "b.jpg")
        #expect(ImageSource.bestCandidate("a.jpg, b.jpg 2x") == "b.jpg")
    }
}

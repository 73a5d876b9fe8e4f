import Foundation
import OctavoCore
@testable import OctavoEPUB
import OctavoTestSupport
import Testing

/// Nothing outside the input's folder or the resource paths ever ends up in a book.
@Suite struct PathTraversalTests {
    private struct Layout {
        var folder: URL, root: URL, outside: URL, secret: URL
    }

    private static func layout() throws -> Layout {
        let folder = try Repository.temporaryFolder()
        let root = folder.appendingPathComponent("root"), outside = folder.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let secret = outside.appendingPathComponent("secret.png")
        try EPUBTestKit.otherPNG.write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link.png").path, withDestinationPath: secret.path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("sub/up").path, withDestinationPath: "../../outside")
        return Layout(folder: folder, root: root, outside: outside, secret: secret)
    }

    private static let hostileSources = [
        "../../../etc/passwd", "/etc/passwd", "file:///etc/passwd", "../../../../../../../../etc/passwd",
        "../outside/secret.png", "link.png", "sub/up/secret.png", "sub/../../outside/secret.png", "%2E%2E/outside/secret.png",
    ]

    private static func book(_ layout: Layout, sources: [String]) -> Book {
        let images = sources.enumerated().map { M.img($1, alt: "image \($0)") }
        let blocks = images.map { Block.paragraph([$0]) } + [.paragraph([M.img(layout.secret.path, alt: "absolute"),
                                                                         M.img("file://" + layout.secret.path, alt: "file URL")])]
        return Book(metadata: Metadata(title: "Hostile", language: "en"),
                    documents: [Document(blocks: blocks, sourcePath: layout.root.appendingPathComponent("doc.md").path)])
    }

    @Test func nothingOutsideTheRootsIsEmbedded() throws {
        let layout = try Self.layout()
        defer { try? FileManager.default.removeItem(at: layout.folder) }
        let (epub, context) = try EPUBTestKit.write(Self.book(layout, sources: Self.hostileSources)) { $0.images.cover = .givenOnly }
        let entries = try EPUBTestKit.entries(epub)
        #expect(!entries.contains { $0.name.contains("images/") })
        #expect(!entries.contains { $0.data == EPUBTestKit.otherPNG })
        #expect(!entries.contains { String(decoding: $0.data, as: UTF8.self).contains("root:x:0:0") })
        let refusals = context.diagnostics.filter { $0.source == "epub.images" && $0.message.contains("not embedded") }
        #expect(refusals.count == Self.hostileSources.count + 2)
        try EPUBTestKit.expectClean(epub, named: "traversal")
    }

    @Test func aResourcePathRootAllowsItsFiles() throws {
        let layout = try Self.layout()
        defer { try? FileManager.default.removeItem(at: layout.folder) }
        let (epub, _) = try EPUBTestKit.write(Self.book(layout, sources: ["../outside/secret.png", "link.png"])) {
            $0.resourcePaths = [layout.outside.path]
            $0.images.cover = .givenOnly
            $0.images.keepOriginals = true
        }
        let images = try EPUBTestKit.entries(epub).filter { $0.name.hasPrefix("EPUB/images/") }
        #expect(images.count == 1, "the same file by four references is embedded once")
        #expect(images.first?.data == EPUBTestKit.otherPNG)
    }

    @Test func tooLargeAndUnsafeImagesAreRefused() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try (EPUBTestKit.png + Data(count: 200)).write(to: folder.appendingPathComponent("big.png"))
        try Data(#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.utf8)
            .write(to: folder.appendingPathComponent("evil.svg"))
        try Data("plain text".utf8).write(to: folder.appendingPathComponent("fake.png"))
        let document = Document(blocks: [.paragraph([M.img("big.png", alt: "big"), M.img("evil.svg", alt: "evil"),
                                                     M.img("fake.png", alt: "fake")])],
                                sourcePath: folder.appendingPathComponent("d.md").path)
        let (epub, context) = try EPUBTestKit.write(Book(metadata: Metadata(title: "T", language: "en"), documents: [document])) {
            $0.limits.maxImageBytes = 150
            $0.images.cover = .givenOnly
        }
        #expect(try !EPUBTestKit.entries(epub).contains { $0.name.contains("images/") })
        let messages = context.diagnostics.map(\.message).joined(separator: "\n")
        #expect(messages.contains("over the image limit"))
        #expect(messages.contains("script"))
        #expect(messages.contains("not an image Octavo reads"))
    }
}

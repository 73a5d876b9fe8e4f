import Foundation

/// Lays a book's content out as the files of an EPUB, in their archive order: `mimetype`,
/// container, package document, navigation, NCX, stylesheet, front page, chapters, images.
struct PackageAssembler {
    /// The folder holding the package inside the archive.
    static let packageFolder = "EPUB"
    static let stylesheetPath = "styles/book.css"

    var tocDepth: Int

    func entries(for content: BookContent) -> [ZipEntry] {
        let m = content.metadata
        let css = Self.stylesheetPath
        let front: (item: ManifestItem, xhtml: String, landmark: NavigationDocument.Landmark)
        if let cover = content.cover {
            front = (ManifestItem(id: "cover", href: "cover.xhtml", mediaType: "application/xhtml+xml"),
                     FrontMatter.coverPage(image: cover, title: m.title, language: m.language, stylesheet: css),
                     .init(type: "cover", href: "cover.xhtml", title: "Cover"))
        } else {
            front = (ManifestItem(id: "titlepage", href: "title.xhtml", mediaType: "application/xhtml+xml"),
                     FrontMatter.titlePage(m, stylesheet: css),
                     .init(type: "titlepage", href: "title.xhtml", title: "Title Page"))
        }
        let chapterItems = zip(content.chapters, content.pageProperties).map { chapter, properties in
            ManifestItem(id: String(chapter.fileName.dropLast(".xhtml".count)), href: chapter.fileName,
                         mediaType: "application/xhtml+xml", properties: properties.isEmpty ? nil : properties.joined(separator: " "))
        }
        let navItem = ManifestItem(id: "nav", href: "nav.xhtml", mediaType: "application/xhtml+xml", properties: "nav")
        let manifest = [front.item, navItem] + chapterItems + [
            ManifestItem(id: "ncx", href: "toc.ncx", mediaType: "application/x-dtbncx+xml"),
            ManifestItem(id: "style", href: css, mediaType: "text/css"),
        ] + content.images.map {
            ManifestItem(id: $0.id, href: $0.href, mediaType: $0.mediaType.rawValue,
                         properties: $0.id == content.cover?.id ? "cover-image" : nil)
        }
        let spine = [front.item.id, navItem.id] + chapterItems.map(\.id)

        let points = NavPoint.tree(for: content.chapters, depth: tocDepth)
        let landmarks = [front.landmark, .init(type: "toc", href: "nav.xhtml#toc", title: "Contents"),
                         .init(type: "bodymatter", href: content.chapters[0].fileName, title: "Start of Content")]
        let root = Self.packageFolder + "/"
        let opf = PackageDocument.xml(metadata: m, identifier: content.identifier, items: manifest, spine: spine,
                                      coverImageID: content.cover?.id, accessibility: content.accessibility)
        var entries = [
            ZipEntry("mimetype", Data("application/epub+zip".utf8), compression: .stored),
            ZipEntry("META-INF/container.xml", Data(Container.xml(packagePath: root + "content.opf").utf8)),
            ZipEntry(root + "content.opf", Data(opf.utf8)),
            ZipEntry(root + "nav.xhtml", Data(NavigationDocument.xhtml(points: points, landmarks: landmarks,
                                                                      language: m.language, stylesheet: css).utf8)),
            ZipEntry(root + "toc.ncx", Data(NCXDocument.xml(title: m.title, identifier: content.identifier,
                                                           language: m.language, points: points).utf8)),
            ZipEntry(root + css, content.stylesheet),
            ZipEntry(root + front.item.href, Data(front.xhtml.utf8)),
        ]
        for (chapter, page) in zip(content.chapters, content.pages) { entries.append(ZipEntry(root + chapter.fileName, page)) }
        for image in content.images {
            // Compressed formats gain nothing from deflate.
            entries.append(ZipEntry(root + image.href, image.data, compression: image.mediaType == .svg ? .deflated : .stored))
        }
        return entries
    }
}

import Foundation
import OctavoCore

/// Writes a ``Book`` as an EPUB 3 publication (with an EPUB 2 NCX for older reading systems):
/// one XHTML chapter per input, article or split heading; package metadata, navigation,
/// landmarks, accessibility metadata; embedded images; a reproducible zip container.
///
///     let data = try EPUBWriter().write(book, context: ConversionContext())
///
/// With `SOURCE_DATE_EPOCH` set (``ConversionContext/date``), the same book gives the same
/// bytes on any machine and in any time zone.
public struct EPUBWriter: DocumentWriter {
    public let format = FormatDescription(name: "epub", aliases: ["epub3"], extensions: ["epub"],
                                          summary: "EPUB 3 e-book (with EPUB 2 NCX); one chapter per input")
    public var isBinary: Bool { true }

    public init() {}

    static let packageFolder = "EPUB"
    static let stylesheetPath = "styles/book.css"

    public func write(_ book: Book, context: ConversionContext) throws -> Data {
        let options = context.options
        let planned = ChapterPlanner(splitLevel: max(1, options.splitLevel)).chapters(for: book)
        var metadata = PackageMetadata(book: book, chapters: planned, context: context)
        let stylesheet = try Self.stylesheet(options)

        let preparer = ChapterPreparer(context: context, reservedIDPrefix: ChapterRenderer.noteIDPrefix)
        let cover = coverImage(book, options: options, preparer: preparer)
        let names = Self.chapterFileNames(planned.count)
        let prepared = planned.enumerated().map { index, chapter in
            preparer.prepare(chapter, fileName: names[index], bookLanguage: metadata.language)
        }
        let tables = LinkResolver.documentTables(book: book, chapters: prepared)
        let links = LinkResolver(ids: preparer.ids, documentFiles: tables.files, documentIndexes: tables.indexes)
        let renderer = ChapterRenderer(stylesheet: Self.stylesheetPath)
        // Per chapter, on all cores: links resolved, XHTML rendered, its digest taken for the identifier.
        let rendered: [(page: Data, digest: [UInt8])] = ParallelMap.map(prepared.count) { index in
            var chapter = prepared[index]
            if chapter.hasInternalLinks {
                let sourcePath = book.documents[chapter.documentIndex].sourcePath
                if case let .plain(title)? = links.resolve([.plain(chapter.titleInlines)], in: chapter, sourcePath: sourcePath,
                                                           context: context).first {
                    chapter.titleInlines = title
                }
                chapter.body = links.resolve(chapter.body, in: chapter, sourcePath: sourcePath, context: context)
            }
            let page = Data(renderer.xhtml(chapter, context: context).utf8)
            return (page, SHA1.digest(page))
        }
        let pages = rendered.map(\.page)
        let images = preparer.images.store.images

        let identifier = metadata.identifier ?? Self.contentIdentifier(metadata, pageDigests: rendered.map(\.digest), images: images, stylesheet: stylesheet)
        metadata.identifier = identifier

        let front: (item: ManifestItem, xhtml: String, landmark: NavigationDocument.Landmark)
        if let cover {
            front = (ManifestItem(id: "cover", href: "cover.xhtml", mediaType: "application/xhtml+xml"),
                     FrontMatter.coverPage(image: cover, title: metadata.title, language: metadata.language, stylesheet: Self.stylesheetPath),
                     .init(type: "cover", href: "cover.xhtml", title: "Cover"))
        } else {
            front = (ManifestItem(id: "titlepage", href: "title.xhtml", mediaType: "application/xhtml+xml"),
                     FrontMatter.titlePage(metadata, stylesheet: Self.stylesheetPath),
                     .init(type: "titlepage", href: "title.xhtml", title: "Title Page"))
        }
        let chapterItems = prepared.map {
            ManifestItem(id: String($0.fileName.dropLast(".xhtml".count)), href: $0.fileName, mediaType: "application/xhtml+xml")
        }
        let navItem = ManifestItem(id: "nav", href: "nav.xhtml", mediaType: "application/xhtml+xml", properties: "nav")
        let manifest = [front.item, navItem] + chapterItems + [
            ManifestItem(id: "ncx", href: "toc.ncx", mediaType: "application/x-dtbncx+xml"),
            ManifestItem(id: "style", href: Self.stylesheetPath, mediaType: "text/css"),
        ] + images.map {
            ManifestItem(id: $0.id, href: $0.href, mediaType: $0.mediaType.rawValue, properties: $0.id == cover?.id ? "cover-image" : nil)
        }
        let spine = [front.item.id, navItem.id] + chapterItems.map(\.id)

        let points = NavPoint.tree(for: prepared, depth: options.tocDepth)
        let landmarks = [front.landmark, .init(type: "toc", href: "nav.xhtml#toc", title: "Contents"),
                         .init(type: "bodymatter", href: prepared[0].fileName, title: "Start of Content")]
        let facts = AccessibilityFacts(imageCount: preparer.imageCount, imagesWithoutAlt: preparer.imagesWithoutAlt,
                                       hasCover: cover != nil)
        let root = Self.packageFolder + "/"
        var entries = [
            ZipEntry("mimetype", Data("application/epub+zip".utf8), compression: .stored),
            ZipEntry("META-INF/container.xml", Data(Container.xml(packagePath: root + "content.opf").utf8)),
            ZipEntry(root + "content.opf", Data(PackageDocument.xml(metadata: metadata, identifier: identifier, items: manifest, spine: spine,
                                                                   coverImageID: cover?.id, accessibility: facts).utf8)),
            ZipEntry(root + "nav.xhtml", Data(NavigationDocument.xhtml(points: points, landmarks: landmarks,
                                                                      language: metadata.language, stylesheet: Self.stylesheetPath).utf8)),
            ZipEntry(root + "toc.ncx", Data(NCXDocument.xml(title: metadata.title, identifier: identifier,
                                                           language: metadata.language, points: points).utf8)),
            ZipEntry(root + Self.stylesheetPath, stylesheet),
            ZipEntry(root + front.item.href, Data(front.xhtml.utf8)),
        ]
        for (chapter, page) in zip(prepared, pages) { entries.append(ZipEntry(root + chapter.fileName, page)) }
        for image in images {
            // Compressed formats gain nothing from deflate.
            entries.append(ZipEntry(root + image.href, image.data, compression: image.mediaType == .svg ? .deflated : .stored))
        }
        return try ZipWriter.archive(entries, modified: DOSDateTime(context.date))
    }

    private func coverImage(_ book: Book, options: ConversionOptions, preparer: ChapterPreparer) -> EmbeddedImage? {
        if let path = options.cover { return preparer.embedCover(path) }
        if let reference = book.metadata.cover {
            return preparer.embedCover(reference: reference, from: book.documents.first?.sourcePath)
        }
        return nil
    }

    private static func stylesheet(_ options: ConversionOptions) throws -> Data {
        guard let path = options.css else { return Data(DefaultStylesheet.css.utf8) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OctavoError.unreadable(file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        return data
    }

    static func chapterFileNames(_ count: Int) -> [String] {
        let width = max(3, String(count).count)
        return (1...max(count, 1)).map { n in
            let digits = String(n)
            return "chapter-" + String(repeating: "0", count: width - digits.count) + digits + ".xhtml"
        }
    }

    /// A UUID derived from everything the reader sees, so rebuilding the same book keeps its identifier.
    private static func contentIdentifier(_ m: PackageMetadata, pageDigests: [[UInt8]], images: [EmbeddedImage], stylesheet: Data) -> String {
        var hasher = NameBasedUUID.hasher()
        for field in [m.title, m.subtitle ?? "", m.language, m.creators.map(\.name).joined(separator: "\u{1F}")] {
            hasher.update(field + "\u{1E}")
        }
        for digest in pageDigests { hasher.update(Data(digest)) }
        for image in images { hasher.update(image.data) }
        hasher.update(stylesheet)
        return "urn:uuid:" + NameBasedUUID.uuid(finishing: &hasher)
    }
}

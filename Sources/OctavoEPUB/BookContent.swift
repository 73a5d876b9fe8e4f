import Foundation
import OctavoCore

/// Everything a book holds, made from a ``Book``: its metadata, its rendered chapters, images,
/// cover and stylesheet. ``PackageAssembler`` then lays it out as files.
struct BookContent {
    var metadata: PackageMetadata
    /// The final identifier: the given one or one derived from the content.
    var identifier: String
    var chapters: [PreparedChapter]
    /// Each chapter's XHTML file, in order.
    var pages: [Data]
    /// Each chapter's manifest properties (`mathml`, `svg`), in order.
    var pageProperties: [[String]]
    var images: [EmbeddedImage]
    var cover: EmbeddedImage?
    var stylesheet: Data
    var accessibility: AccessibilityFacts

    /// Plans the chapters, prepares them in book order (ids, images, outline), then resolves
    /// links and renders them.
    init(_ book: Book, context: ConversionContext, stylesheetPath: String) throws {
        let options = context.options
        let planned = ChapterPlanner(splitLevel: max(1, options.splitLevel)).chapters(for: book)
        metadata = PackageMetadata(book: book, chapters: planned, context: context)
        stylesheet = try Self.stylesheet(options)

        let preparer = ChapterPreparer(context: context, reservedIDPrefix: ChapterRenderer.noteIDPrefix)
        if let path = options.cover {
            cover = preparer.embedCover(path)
        } else if let reference = book.metadata.cover {
            cover = preparer.embedCover(reference: reference, from: book.documents.first?.sourcePath)
        }
        let names = Self.chapterFileNames(planned.count)
        let language = metadata.language
        let prepared = planned.enumerated().map { index, chapter in
            preparer.prepare(chapter, fileName: names[index], bookLanguage: language)
        }
        chapters = prepared
        let tables = LinkResolver.documentTables(book: book, chapters: prepared)
        let links = LinkResolver(ids: preparer.ids, documentFiles: tables.files, documentIndexes: tables.indexes)
        let renderer = ChapterRenderer(stylesheet: stylesheetPath)
        // Per chapter: links resolved, XHTML rendered, its digest taken for the identifier. Each
        // chapter reports into a context of its own, so its diagnostics can be given its file.
        var pages: [Data] = [], digests: [[UInt8]] = []
        for var chapter in prepared {
            let local = ConversionContext(options: context.options, date: context.date)
            let sourcePath = book.documents[chapter.documentIndex].sourcePath
            if chapter.hasInternalLinks {
                if case let .plain(title)? = links.resolve([.plain(chapter.titleInlines)], in: chapter, sourcePath: sourcePath,
                                                           context: local).first {
                    chapter.titleInlines = title
                }
                chapter.body = links.resolve(chapter.body, in: chapter, sourcePath: sourcePath, context: local)
            }
            let page = Data(renderer.xhtml(chapter, context: local).utf8)
            pages.append(page)
            digests.append(ContentDigest.sha1(page))
            for var diagnostic in local.diagnostics {
                if diagnostic.file == nil { diagnostic.file = sourcePath }
                context.report(diagnostic)
            }
        }
        self.pages = pages
        pageProperties = pages.map(Self.manifestProperties)
        images = preparer.images.store.images
        accessibility = AccessibilityFacts(imageCount: preparer.imageCount, imagesWithoutAlt: preparer.imagesWithoutAlt,
                                           hasCover: cover != nil)
        identifier = metadata.identifier
            ?? Self.contentIdentifier(metadata, pageDigests: digests, images: images, stylesheet: stylesheet)
        metadata.identifier = identifier
    }

    /// What the package must declare about a page: MathML or inline SVG in it. Text never holds
    /// a literal `<`, so the element names can be searched for directly.
    static func manifestProperties(_ page: Data) -> [String] {
        var properties: [String] = []
        if page.range(of: Data("<math".utf8)) != nil || page.range(of: Data(":math ".utf8)) != nil { properties.append("mathml") }
        if page.range(of: Data("<svg".utf8)) != nil || page.range(of: Data(":svg ".utf8)) != nil { properties.append("svg") }
        return properties
    }

    /// `chapter-001.xhtml`…, zero-padded to at least three digits.
    static func chapterFileNames(_ count: Int) -> [String] {
        let width = max(3, String(count).count)
        return (1...max(count, 1)).map { n in
            let digits = String(n)
            return "chapter-" + String(repeating: "0", count: width - digits.count) + digits + ".xhtml"
        }
    }

    private static func stylesheet(_ options: ConversionOptions) throws -> Data {
        guard let path = options.css else { return Data(DefaultStylesheet.css.utf8) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OctavoError.unreadable(file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        return data
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

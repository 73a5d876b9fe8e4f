import Foundation
import OctavoCore
import OctavoImages

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
    init(_ book: Book, context: ConversionContext, stylesheetPath: String, preparedImages: PreparedImages,
         coverPainter: (CoverText) -> Result<NormalizedImage, ImageProblem> = CoverPainter.png) throws {
        let options = context.options
        let planned = ChapterPlanner(splitLevel: max(1, options.splitLevel)).chapters(for: book)
        metadata = PackageMetadata(book: book, chapters: planned, context: context)
        stylesheet = try Self.stylesheet(options)

        let renderer = ChapterRenderer(stylesheet: stylesheetPath)
        let preparer = ChapterPreparer(context: context, renderer: renderer, preparedImages: preparedImages)
        if options.images.cover != .none {
            if let path = options.cover {
                cover = preparer.embedCover(path)
            } else if let reference = book.metadata.cover {
                cover = preparer.embedCover(reference: reference, from: book.documents.first?.sourcePath)
            }
        }
        if cover == nil, options.images.cover == .givenOrDrawn {
            cover = preparer.drawCover(Self.coverText(metadata, chapters: planned, documentCount: book.documents.count),
                                       with: coverPainter)
        }
        let names = Self.chapterFileNames(planned.count)
        let language = metadata.language
        let prepared = planned.enumerated().map { index, chapter in
            preparer.prepare(chapter, fileName: names[index], bookLanguage: language)
        }
        chapters = prepared
        let tables = LinkResolver.documentTables(book: book, chapters: prepared)
        let links = LinkResolver(ids: preparer.ids, documentFiles: tables.files, documentIndexes: tables.indexes)
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
            let rawHTML = RawHTMLResolution(chapter.rawHTML) { destination in
                links.rawHTMLTarget(of: destination, in: chapter, sourcePath: sourcePath, context: local)
            }
            let page = Data(renderer.xhtml(chapter, context: local, rawHTMLHook: rawHTML).utf8)
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
        var math = false, svg = false
        page.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            // Each `<` or `:` is looked at once: `<math`, `:math `, `<svg`, `:svg `.
            func follows(_ word: String, at i: Int) -> Bool {
                let word = word.utf8
                return i + word.count < bytes.count && word.enumerated().allSatisfy { bytes[i + 1 + $0.offset] == $0.element }
            }
            for i in bytes.indices where bytes[i] == UInt8(ascii: "<") || bytes[i] == UInt8(ascii: ":") {
                let colon = bytes[i] == UInt8(ascii: ":")
                if !math, follows(colon ? "math " : "math", at: i) { math = true }
                if !svg, follows(colon ? "svg " : "svg", at: i) { svg = true }
            }
        }
        return (math ? ["mathml"] : []) + (svg ? ["svg"] : [])
    }

    /// What a drawn cover shows: the title, the authors, and for a compilation the title of
    /// each document (its first chapter's).
    static func coverText(_ m: PackageMetadata, chapters: [Chapter], documentCount: Int) -> CoverText {
        var articles: [String] = []
        if documentCount > 1 {
            var seen = Set<Int>()
            for chapter in chapters where seen.insert(chapter.documentIndex).inserted { articles.append(chapter.titleText) }
        }
        return CoverText(title: m.title, authors: m.creators.map(\.name), articleTitles: articles)
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

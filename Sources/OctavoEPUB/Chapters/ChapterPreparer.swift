import OctavoCore
import OctavoImages
import OctavoHTML

/// The first pass over every chapter, in book order: claims ids, embeds images and collects the
/// outline. It runs sequentially so that image names and ids come out the same on every run.
final class ChapterPreparer {
    private(set) var ids: IDRegistry
    private(set) var images: ImageResolver
    private let context: ConversionContext
    /// How many images the chapters show, and how many of them lack alt text.
    private(set) var imageCount = 0
    private(set) var imagesWithoutAlt = 0

    /// Renders chapters once, for the first pass over their raw HTML.
    private let renderer: ChapterRenderer

    init(context: ConversionContext, renderer: ChapterRenderer, preparedImages: PreparedImages) {
        self.context = context
        self.renderer = renderer
        images = ImageResolver(options: context.options, prepared: preparedImages, fetched: context.fetchedResources)
        ids = IDRegistry(reservedPrefix: ChapterRenderer.noteIDPrefix)
    }

    /// Resolves the cover image the user named (`--cover`): read without the sandbox, checked otherwise.
    func embedCover(_ path: String) -> EmbeddedImage? {
        cover(images.resolveTrusted(path), named: path)
    }

    /// Resolves a cover named in the metadata, sandboxed like any image of the document at `sourcePath`.
    func embedCover(reference: String, from sourcePath: String?) -> EmbeddedImage? {
        cover(images.resolve(reference, from: sourcePath), named: reference)
    }

    /// Draws a cover for a book that has none with `painter` (``CoverPainter`` or one that keeps its pictures).
    func drawCover(_ text: CoverText, with painter: (CoverText) -> Result<NormalizedImage, ImageProblem>) -> EmbeddedImage? {
        switch painter(text) {
        case let .success(image): return images.add(image)
        case let .failure(problem):
            report(.warning, "no cover: \(problem.reason)", nil, "epub.cover")
            return nil
        }
    }

    private func cover(_ outcome: ImageResolver.Outcome, named path: String) -> EmbeddedImage? {
        switch outcome {
        case let .embedded(image) where image.mediaType != .svg: return image
        case .embedded: report(.warning, "cover \(path) is SVG; a cover must be a PNG, JPEG or GIF: no cover image", nil, "epub.cover")
        case let .refused(reason): report(.warning, "cover \(path) not used: \(reason)", nil, "epub.cover")
        case .remote: report(.warning, "cover \(path) is remote and is not fetched", nil, "epub.cover")
        }
        return nil
    }

    func prepare(_ chapter: Chapter, fileName: String, bookLanguage: String) -> PreparedChapter {
        // Links to the title's old id lead to the top of the chapter's file.
        if let titleID = chapter.titleID { ids.registerFileTarget(titleID, document: chapter.documentIndex, file: fileName) }
        var sections: [SectionHeading] = []
        var titleSections: [SectionHeading] = []
        var internalLinks = false, rawHTML = false
        let title = rewrite([.plain(chapter.title)], chapter: chapter, fileName: fileName, sections: &titleSections,
                            internalLinks: &internalLinks, rawHTML: &rawHTML)
        let body = rewrite(chapter.body, chapter: chapter, fileName: fileName, sections: &sections,
                           internalLinks: &internalLinks, rawHTML: &rawHTML)
        var titleInlines: [Inline]
        if case let .plain(inlines) = title.first { titleInlines = inlines } else { titleInlines = chapter.title }
        // A note in a title would have no place to go: the header is rendered on its own.
        let withoutNotes = titleInlines.rewritten(inlines: { inline in
            if case .footnote = inline { return [] }
            return [inline]
        })
        if withoutNotes != titleInlines {
            report(.info, "a footnote in the title '\(chapter.titleText)' is left out", chapter.sourcePath, "epub.chapters")
            titleInlines = withoutNotes
        }
        let language = chapter.language.flatMap(LanguageTag.normalized) ?? bookLanguage
        var prepared = PreparedChapter(fileName: fileName, documentIndex: chapter.documentIndex, title: chapter.titleText,
                                       titleInlines: titleInlines, provenance: chapter.provenance,
                                       language: language, body: body, sections: sections,
                                       hasInternalLinks: internalLinks)
        if rawHTML { prepared.rawHTML = prepareRawHTML(of: prepared, sourcePath: chapter.sourcePath) }
        return prepared
    }

    /// Renders the chapter once (into a context of its own, so nothing is reported twice) to
    /// see its raw HTML as it will be written: claims the ids there and embeds the images.
    private func prepareRawHTML(of chapter: PreparedChapter, sourcePath: String?) -> PreparedRawHTML {
        let hook = RawHTMLPreparation(claim: { original in
            self.ids.claim(original, document: chapter.documentIndex, file: chapter.fileName)
        }, embed: { source, alt in
            let shown = String(source.prefix(120))
            switch self.images.resolve(source, from: sourcePath) {
            case let .embedded(embedded):
                self.imageCount += 1
                if alt.isEmpty {
                    self.imagesWithoutAlt += 1
                    self.report(.warning, "image \(shown) has no alt text; it is marked as decorative (alt=\"\")", sourcePath, "epub.alt-text")
                }
                return .source(embedded.href)
            case .remote:
                self.report(.info, "remote image \(shown) not fetched; its alt text stands in", sourcePath, "epub.images")
                return .text(alt.isEmpty ? "" : "[" + alt + "]")
            case let .refused(reason):
                self.report(.warning, "image \(shown) not embedded: \(reason)", sourcePath, "epub.images")
                return .text(alt.isEmpty ? "" : "[" + alt + "]")
            }
        })
        _ = renderer.xhtml(chapter, context: ConversionContext(options: context.options, date: context.date), rawHTMLHook: hook)
        return hook.prepared
    }

    private func rewrite(_ blocks: [Block], chapter: Chapter, fileName: String, sections: inout [SectionHeading],
                         internalLinks: inout Bool, rawHTML: inout Bool) -> [Block] {
        var outline: [SectionHeading] = []
        var linksInside = false, rawInside = false
        let document = chapter.documentIndex
        let walk = ModelRewrite(
            block: { block, structural in
                if case .raw = block { rawInside = true }
                self.claimIDs(in: &block, document: document, file: fileName)
                if structural, case let .heading(heading) = block, let id = heading.attributes.id {
                    outline.append(SectionHeading(level: heading.level, title: TextSpacing.collapsed(Inline.plainText(of: heading.content)), id: id))
                }
            },
            inline: { inline, insideLink in
                switch inline {
                case let .image(image): return self.embed(image, insideLink: insideLink, chapter: chapter, document: document, file: fileName)
                case .raw:
                    rawInside = true
                    return nil
                case var .link(link):
                    guard let external = LinkResolver.external(link.destination) else {
                        linksInside = true
                        return nil
                    }
                    guard external != link.destination else { return nil }
                    link.destination = external
                    return [.link(link)]
                case let .span(attributes, content) where attributes.id != nil:
                    var attributes = attributes
                    attributes.id = self.ids.claim(attributes.id!, document: document, file: fileName)
                    return [.span(attributes, content)]
                default: return nil
                }
            })
        let result = walk.blocks(blocks, structural: true)
        sections = outline
        if linksInside { internalLinks = true }
        if rawInside { rawHTML = true }
        return result
    }

    /// Makes the block's id valid and unique; gives every heading one so navigation can point at it.
    private func claimIDs(in block: inout Block, document: Int, file: String) {
        func claim(_ attributes: inout Attributes) {
            if let id = attributes.id { attributes.id = ids.claim(id, document: document, file: file) }
        }
        switch block {
        case var .heading(heading):
            if heading.attributes.id == nil {
                heading.attributes.id = ids.generate(prefix: "sec")
            } else {
                claim(&heading.attributes)
            }
            block = .heading(heading)
        case .division(var attributes, let blocks):
            claim(&attributes)
            block = .division(attributes, blocks)
        case var .codeBlock(code): claim(&code.attributes); block = .codeBlock(code)
        case var .table(table): claim(&table.attributes); block = .table(table)
        case var .figure(figure): claim(&figure.attributes); block = .figure(figure)
        case var .list(list): claim(&list.attributes); block = .list(list)
        case .paragraph, .plain, .blockQuote, .thematicBreak, .definitionList, .lineBlock, .raw: break
        }
    }

    private func embed(_ image: Image, insideLink: Bool, chapter: Chapter, document: Int, file: String) -> [Inline] {
        let altText = TextSpacing.collapsed(Inline.plainText(of: image.alt))
        let shown = String(image.source.prefix(120))
        switch images.resolve(image.source, from: chapter.sourcePath) {
        case let .embedded(embedded):
            imageCount += 1
            if altText.isEmpty {
                imagesWithoutAlt += 1
                report(.warning, "image \(shown) has no alt text; it is marked as decorative (alt=\"\")", chapter.sourcePath, "epub.alt-text")
            }
            var copy = image
            copy.source = embedded.href
            if let id = copy.attributes.id { copy.attributes.id = ids.claim(id, document: document, file: file) }
            return [.image(copy)]
        case let .remote(url):
            report(.info, "remote image \(shown) not fetched; its alt text and a link stand in", chapter.sourcePath, "epub.images")
            let label: [Inline] = altText.isEmpty ? [.text("[image]")] : [.text("[" + altText + "]")]
            if insideLink { return [.span(Attributes(classes: ["image-placeholder"]), label)] }
            return [.link(Link(destination: url.hasPrefix("//") ? "https:" + url : url, title: image.title, content: label))]
        case let .refused(reason):
            report(.warning, "image \(shown) not embedded: \(reason)", chapter.sourcePath, "epub.images")
            return altText.isEmpty ? [] : [.span(Attributes(classes: ["image-placeholder"]), [.text("[" + altText + "]")])]
        }
    }

    private func report(_ severity: Diagnostic.Severity, _ message: String, _ file: String?, _ source: String) {
        context.report(severity, message, file: file, source: source)
    }
}

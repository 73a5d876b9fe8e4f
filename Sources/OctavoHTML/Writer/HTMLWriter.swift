import Foundation
import OctavoCore

/// Writes clean HTML5 (or well-formed XHTML) from the document model.
///
/// A fragment by default; with ``ConversionOptions/standalone`` a full page with `<title>`,
/// metadata, the default stylesheet (or a link to ``ConversionOptions/css``), an optional table
/// of contents and a header. Several documents (a compilation) become one `<article>` each.
/// Output is deterministic: one block per line, attributes in a fixed order.
///
/// The EPUB writer renders each chapter with ``renderFragment(_:context:idPrefix:)``:
///
///     let writer = HTMLWriter(xhtml: true, footnoteStyle: .epub)
///     let chapter = writer.renderFragment(blocks, context: context, idPrefix: "c3-")
///     // chapter.html: XHTML body content, notes as <aside epub:type="footnote"> at its end
///     // chapter.headings: level, id and text of each heading, for the navigation document
public struct HTMLWriter: DocumentWriter {
    public var options: HTMLWriterOptions

    /// A writer of HTML5 (`xhtml: false`) or XHTML, with footnotes in the given style.
    public init(xhtml: Bool = false, footnoteStyle: HTMLWriterOptions.FootnoteStyle = .section) {
        self.options = HTMLWriterOptions(xhtml: xhtml, footnoteStyle: footnoteStyle)
    }

    public init(options: HTMLWriterOptions) {
        self.options = options
    }

    public var format: FormatDescription {
        options.xhtml
            ? FormatDescription(name: "xhtml", extensions: ["xhtml"], summary: "Well-formed XHTML (a page or a fragment)")
            : FormatDescription(name: "html", aliases: ["html5"], extensions: ["html", "htm"],
                                summary: "Clean HTML5: a fragment, or a full page with -s")
    }

    public func write(_ book: Book, context: ConversionContext) throws -> Data {
        if context.options.standalone { return Data(render(book, context: context).utf8) }
        var renderer = HTMLRenderer(options: options, context: context, capacity: 1 << 16)
        renderContent(of: book, with: &renderer)
        return Data(renderer.out.bytes)
    }

    /// The whole output for `book`: a page when ``ConversionOptions/standalone`` is set, else a fragment.
    public func render(_ book: Book, context: ConversionContext) -> String {
        let settings = context.options
        var renderer = HTMLRenderer(options: options, context: context, capacity: 1 << 16)
        renderContent(of: book, with: &renderer)
        let body = renderer.out.string
        guard settings.standalone else {
            return body
        }
        let toc = settings.tableOfContents
            ? TableOfContents.render(renderer.headings, depth: settings.tocDepth, xhtml: options.xhtml)
            : ""
        var header = HTMLRenderer(options: options, context: context)
        var pageHeader = ArticleHeader(metadata: book.metadata)
        if book.documents.count == 1, let opening = Self.openingTitle(of: book.documents[0].blocks),
           opening == book.metadata.title {
            pageHeader.title = []  // the document (or its first article) opens with its title already
        }
        if book.documents.count > 1 || !pageHeader.isEmpty {
            header.renderHeader(pageHeader, titleClass: "title", depth: 0)
        }
        return StandaloneTemplate(xhtml: options.xhtml, footnoteStyle: options.footnoteStyle)
            .page(metadata: book.metadata, fallbackTitle: fallbackTitle(book, headings: renderer.headings),
                  stylesheet: settings.css, header: header.out.string, toc: toc, body: body)
    }

    /// The text of the heading the blocks open with, looking inside a leading article division.
    static func openingTitle(of blocks: [Block]) -> String? {
        switch blocks.first {
        case let .heading(heading)?: Inline.plainText(of: heading.content)
        case let .division(attributes, inner)? where attributes.hasClass(Conventions.Class.article):
            openingTitle(of: inner)
        default: nil
        }
    }

    /// Renders `blocks` as body content (for an EPUB chapter, say): headings get ids
    /// (unless ``HTMLWriterOptions/headingIDs`` says otherwise), footnotes come at the end.
    /// `idPrefix` is put before every generated id (headings, notes, note references).
    public func renderFragment(_ blocks: [Block], context: ConversionContext, idPrefix: String = "") -> HTMLFragment {
        renderFragment(blocks, context: context, idPrefix: idPrefix, rawHTMLHook: nil)
    }

    /// ``renderFragment(_:context:idPrefix:)`` with `rawHTMLHook` rewriting the raw HTML's elements.
    package func renderFragment(_ blocks: [Block], context: ConversionContext, idPrefix: String = "",
                                rawHTMLHook: (any RawHTMLHook)?) -> HTMLFragment {
        var blocks = blocks
        if (options.headingIDs ?? .automatic) == .automatic {
            var slugs = AssignHeadingIDs.Slugs(AssignHeadingIDs(xmlNames: options.xhtml, prefix: idPrefix), expecting: [blocks])
            blocks = slugs.assign(blocks)
        }
        var renderer = HTMLRenderer(options: options, context: context, idPrefix: idPrefix, capacity: 4096, rawHook: rawHTMLHook)
        renderer.renderBlocks(blocks, depth: 0)
        renderer.renderFootnotes(depth: 0)
        return HTMLFragment(html: renderer.out.string, headings: renderer.headings)
    }

    /// ``renderFragment(_:context:idPrefix:)``'s markup alone.
    public func renderBody(_ blocks: [Block], context: ConversionContext, idPrefix: String = "") -> String {
        renderFragment(blocks, context: context, idPrefix: idPrefix).html
    }

    /// A `<header>` with title (an `h<headingLevel>`), `<p class="subtitle">`, `<p class="byline">`
    /// (authors), `<p class="date">` (a `<time>` for ISO dates) and `<p class="source">` (a link
    /// for URLs): the header of a page, or of one article of a compilation.
    public func renderArticleHeader(_ header: ArticleHeader, context: ConversionContext) -> String {
        renderArticleHeader(header, context: context, rawHTMLHook: nil)
    }

    /// ``renderArticleHeader(_:context:)`` with `rawHTMLHook` rewriting the raw HTML's elements.
    package func renderArticleHeader(_ header: ArticleHeader, context: ConversionContext,
                                     rawHTMLHook: (any RawHTMLHook)?) -> String {
        var renderer = HTMLRenderer(options: options, context: context, rawHook: rawHTMLHook)
        renderer.renderHeader(header, depth: 0)
        return renderer.out.string
    }

    /// What a whole output shows: one document's blocks, or each document of a compilation with
    /// a header of its own (its opening heading, or its title, moved into it).
    private struct Part {
        var header: ArticleHeader?
        var heading: Heading?
        var blocks: [Block]
    }

    /// The parts of `book`, with heading ids by use (see ``HTMLWriterOptions/headingIDs``).
    private func parts(of book: Book, context: ConversionContext) -> [Part] {
        var parts: [Part]
        if book.documents.count > 1 {
            parts = book.documents.map { document in
                var blocks = document.blocks[...]
                var header = ArticleHeader(metadata: document.metadata, headingLevel: 2)
                var heading: Heading?
                if case let .heading(first)? = blocks.first,
                   header.title.isEmpty || Inline.plainText(of: first.content) == document.metadata.title {
                    heading = first
                    blocks = blocks.dropFirst()
                    header.title = first.content
                } else if !header.title.isEmpty {
                    heading = Heading(level: header.headingLevel, content: header.title)
                }
                return Part(header: header, heading: heading, blocks: Array(blocks))
            }
        } else {
            parts = [Part(blocks: book.documents.first?.blocks ?? [])]
        }
        let automatic = context.options.standalone || context.options.tableOfContents
        guard (options.headingIDs ?? (automatic ? .automatic : .explicitOnly)) == .automatic else { return parts }
        var slugs = AssignHeadingIDs.Slugs(AssignHeadingIDs(xmlNames: options.xhtml), expecting: book.documents.map(\.blocks))
        for index in parts.indices {
            parts[index].heading = parts[index].heading.map { slugs.assign($0) }
            parts[index].blocks = slugs.assign(parts[index].blocks)
        }
        return parts
    }

    /// One document's blocks, or each document of a compilation as an `<article>` with its own header.
    private func renderContent(of book: Book, with renderer: inout HTMLRenderer) {
        let parts = parts(of: book, context: renderer.context)
        guard book.documents.count > 1 else {
            renderer.renderBlocks(parts[0].blocks, depth: 0)
            renderer.renderFootnotes(depth: 0)
            return
        }
        for (number, part) in parts.enumerated() {
            renderer.restartFootnotes(idPrefix: "a\(number + 1)-")
            renderer.out.newline()
            renderer.out.raw("<article")
            renderer.out.attribute("id", renderer.ids.unique("article-\(number + 1)"))
            renderer.out.raw(">\n")
            if let header = part.header, part.heading != nil || !header.isEmpty {
                renderer.renderHeader(header, heading: part.heading, depth: 1)
            }
            renderer.renderBlocks(part.blocks, depth: 1)
            renderer.renderFootnotes(depth: 1)
            renderer.out.newline()
            renderer.out.raw("</article>\n")
        }
    }

    /// A title for `<title>` when the metadata has none: the first heading, else the source file's name.
    private func fallbackTitle(_ book: Book, headings: [HTMLFragment.Heading]) -> String {
        if let first = headings.first, !first.text.isEmpty { return first.text }
        if let path = book.documents.first?.sourcePath {
            return URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        }
        return "Untitled"
    }
}

import Foundation
import OctavoCore

/// Reads HTML pages into the model with libxml2's recovering parser.
///
/// A full web page is reduced to its article by main-content extraction (see
/// ``ConversionOptions/extraction``); its title, authors, date, site name, language,
/// description and canonical URL go into ``Metadata``. Links and images resolve against
/// `<base href>`, `--base-url` or the canonical link; local images are listed in
/// ``Document/resources`` (nothing is fetched). Bad input never crashes: undecodable bytes are
/// replaced and content nested past ``Limits/maxDepth`` is flattened, each with a diagnostic.
public struct HTMLReader: DocumentReader {
    public init() {}

    public var format: FormatDescription {
        FormatDescription(name: "html", aliases: ["htm", "xhtml"], extensions: ["html", "htm", "xhtml"],
                          summary: "HTML pages and fragments, with main-content extraction and metadata (libxml2)")
    }

    public func sniff(_ prefix: [UInt8]) -> Double {
        let head = String(decoding: prefix.prefix(1024), as: UTF8.self).lowercased()
        let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.hasPrefix("<!doctype html") { return 0.9 }
        if start.hasPrefix("<html") || head.contains("<html") { return 0.8 }
        if start.hasPrefix("<?xml"), head.contains("xhtml") { return 0.7 }
        return 0
    }

    public func read(_ input: InputSource, context: ConversionContext) throws -> Document {
        let file = input.displayName
        let decoded = PageDecoder.decode(input.data)
        if let note = decoded.note { context.report(.warning, note, file: file, source: "html.encoding") }
        let tree: HTMLTree
        do {
            tree = try HTMLParser.parseDocument(decoded.data, encoding: decoded.encoding)
        } catch {
            throw OctavoError.invalidInput(file: input.path, line: nil, message: "libxml2 could not parse the page")
        }
        let page = HTMLPage(tree)
        var found = PageMetadata(page: page)
        var dropped = Visibility.baseDropped(page)
        var roots = [page.body]
        let extracted = ExtractionDecision.shouldExtract(page, dropped: dropped, data: input.data, mode: context.options.extraction)
        if extracted {
            let extractor = ContentExtractor(page: page, title: found.metadata.title, authors: found.metadata.authors,
                                             siteName: found.metadata.siteName, base: dropped)
            let selection = extractor.extract()
            context.report(.info, "main content extracted: kept \(selection.length) of \(extractor.pageLength) characters of text",
                           file: file, source: "html.extract")
            dropped = selection.dropped
            roots = selection.roots
            found.adopt(byline: selection.byline)
        }
        let resolver = URLResolver(baseHref: page.elements(named: "base").lazy.compactMap { page.attribute($0, "href") }.first,
                                   pageURL: input.url ?? context.options.baseURL, canonical: found.canonicalURL)
        var footnotes = FootnoteFinder(page: page, dropped: dropped)
        dropped = footnotes.droppingUsedNotes(page: page, dropped: dropped, roots: roots)
        var builder = ModelBuilder(page: page, dropped: dropped, urls: resolver, maxDepth: context.options.limits.maxDepth,
                                   footnotes: footnotes)
        var blocks = builder.build(roots)
        if context.options.extraction == .auto, !extracted, !ExtractionDecision.isFragment(input.data) {
            Self.dropLeadingTitleHeading(&blocks, title: found.metadata.title)
        }
        if builder.flattened > 0 {
            context.report(.warning, "content nested deeper than \(context.options.limits.maxDepth) levels was flattened to its text "
                           + "(\(builder.flattened) place(s))", file: file, source: "html.depth")
        }
        if found.metadata.source == nil, let base = context.options.baseURL { found.metadata.source = base }
        return Document(metadata: found.metadata, blocks: blocks,
                        resources: builder.resources.map { Resource(reference: $0, kind: .image) }, sourcePath: input.path)
    }

    /// A whole page read without extraction does not repeat its title either: a first `h1`/`h2`
    /// that says the same is dropped, as extraction does.
    private static func dropLeadingTitleHeading(_ blocks: inout [Block], title: String?) {
        guard let title, case let .heading(heading)? = blocks.first, heading.level <= 2,
              TitleSimilarity.similarity(title, Whitespace.collapse(Inline.plainText(of: heading.content))) > 0.75 else { return }
        blocks.removeFirst()
    }
}

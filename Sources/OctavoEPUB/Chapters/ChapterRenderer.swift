import OctavoCore
import OctavoHTML

/// Renders a prepared chapter as a complete XHTML file. The content (header and body) comes from
/// ``HTMLWriter``'s XHTML mode with EPUB footnotes; this type only adds the page around it.
struct ChapterRenderer: Sendable {
    var stylesheet: String
    /// Prefix of the ids the HTML writer makes for notes; ``IDRegistry`` keeps source ids clear of it.
    static let noteIDPrefix = "x-"
    private let sanitizing = Self.writer(rawHTML: .sanitize), dropping = Self.writer(rawHTML: .drop)

    /// A book can hold no script, style or element EPUB does not define, so raw HTML is always
    /// sanitized (`--raw-html keep` too), or dropped with `--raw-html drop`.
    private static func writer(rawHTML: ConversionOptions.RawHTMLPolicy) -> HTMLWriter {
        HTMLWriter(options: HTMLWriterOptions(xhtml: true, footnoteStyle: .epub, headingIDs: .explicitOnly, rawHTML: rawHTML))
    }

    init(stylesheet: String) { self.stylesheet = stylesheet }

    /// The chapter's page; `rawHTMLHook` rewrites the elements of its raw HTML as they are written.
    func xhtml(_ chapter: PreparedChapter, context: ConversionContext, rawHTMLHook: (any RawHTMLHook)?) -> String {
        let p = chapter.provenance
        let header = ArticleHeader(title: chapter.titleInlines, authors: p.authors, date: p.date,
                                   source: p.source, siteName: p.siteName, headingLevel: 1)
        let writer = context.options.rawHTML == .drop ? dropping : sanitizing
        var body = "<section epub:type=\"chapter\" role=\"doc-chapter\">\n"
        body += writer.renderArticleHeader(header, context: context, rawHTMLHook: rawHTMLHook)
        body += writer.renderFragment(chapter.body, context: context, idPrefix: Self.noteIDPrefix, rawHTMLHook: rawHTMLHook).html
        body += "</section>"
        return XHTMLPage.document(title: chapter.title.isEmpty ? "Untitled" : chapter.title,
                                  language: chapter.language, stylesheet: stylesheet, body: body)
    }
}

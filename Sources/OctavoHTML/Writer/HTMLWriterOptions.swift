import OctavoCore

/// How ``HTMLWriter`` renders, beyond what ``ConversionOptions`` says.
///
/// The command line's writer uses the defaults (HTML5, footnotes in a section); the EPUB writer
/// asks for ``xhtml`` and ``FootnoteStyle/epub``.
public struct HTMLWriterOptions: Sendable, Hashable {
    /// Where and how footnotes are written.
    public enum FootnoteStyle: String, Sendable, Hashable, CaseIterable {
        /// A numbered `<section class="footnotes" data-footnotes>` at the end, with back links,
        /// in the form cmark-gfm and GitHub use (`#fn-label`, `#fnref-label`).
        case section
        /// EPUB 3 notes: `<a epub:type="noteref">` references and one
        /// `<aside epub:type="footnote">` per note at the end of the rendered fragment.
        /// The enclosing document must declare `xmlns:epub="http://www.idpf.org/2007/ops"`.
        case epub
    }

    /// Which headings get an `id`.
    public enum HeadingIDs: String, Sendable, Hashable, CaseIterable {
        /// Only headings whose attributes carry an id (as written, made unique).
        case explicitOnly
        /// Every heading: its own id, else a slug of its text (`getting-started`, `getting-started-1`).
        case automatic
    }

    /// Well-formed XHTML instead of HTML5 syntax: raw HTML is always re-serialized through the
    /// parser (never copied), ids are XML names, and a standalone page is an XML document.
    public var xhtml: Bool
    public var footnoteStyle: FootnoteStyle
    /// `nil` decides by use: ``HeadingIDs/automatic`` for standalone pages, tables of contents
    /// and ``HTMLWriter/renderFragment(_:context:idPrefix:)``; ``HeadingIDs/explicitOnly`` for
    /// a plain fragment (so Markdown renders exactly as CommonMark specifies).
    public var headingIDs: HeadingIDs?
    /// Overrides ``ConversionOptions/rawHTML`` when set.
    public var rawHTML: ConversionOptions.RawHTMLPolicy?

    public init(xhtml: Bool = false, footnoteStyle: FootnoteStyle = .section, headingIDs: HeadingIDs? = nil,
                rawHTML: ConversionOptions.RawHTMLPolicy? = nil) {
        self.xhtml = xhtml
        self.footnoteStyle = footnoteStyle
        self.headingIDs = headingIDs
        self.rawHTML = rawHTML
    }
}

import Foundation
import OctavoCore

/// Writes the model as Markdown that reads back to the same model.
///
/// Two dialects, like ``MarkdownReader``: `.gfm` (registered as `markdown`, aliases `md` and
/// `gfm`) adds GitHub's pipe tables, `~~strikethrough~~`, task lists, footnotes and `www.`
/// autolinks to CommonMark; `.commonmark` writes strict CommonMark, where tables become raw
/// HTML and footnotes numbered paragraphs (each with a warning).
///
/// The output is the most readable Markdown for each construct: ATX headings, `-` bullets,
/// `1.` lists numbered from their start, fenced code, `*emphasis*` and `**strong**`, inline
/// links (`--reference-links`: numbered references after each document), backslash hard
/// breaks, and backslashes only where a character would otherwise be markup. With `-s` the
/// metadata comes first as YAML front matter. Speaker turns open with `**SPEAKER:**`; stage
/// directions are in italics; a compilation is one `#` section per document with its byline
/// and source. Raw HTML follows `--raw-html`. `--wrap N` fills paragraphs to N columns
/// (default: one line per paragraph). See docs/formats.md.
public struct MarkdownWriter: DocumentWriter {
    public typealias Dialect = MarkdownReader.Dialect

    public let dialect: Dialect
    public let format: FormatDescription

    /// The wrap when the options leave it to the writer: one line per paragraph.
    public static let defaultWrap = Wrap.none

    public init(dialect: Dialect = .gfm) {
        self.dialect = dialect
        format = dialect.format(summary: dialect == .gfm
            ? "Markdown (GitHub): pipe tables, strikethrough, task lists, footnotes"
            : "Strict CommonMark; tables as HTML, footnotes as numbered notes")
    }

    public func write(_ book: Book, context: ConversionContext) throws -> Data {
        Data(render(book, context: context).utf8)
    }

    /// The Markdown for `book` as a string.
    public func render(_ book: Book, context: ConversionContext) -> String {
        var renderer = MarkdownRenderer(dialect: dialect, context: context)
        return renderer.render(book, standalone: context.options.standalone)
    }
}

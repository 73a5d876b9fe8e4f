import Foundation
import OctavoCore
import OctavoImages

/// Writes a ``Book`` as an EPUB 3 publication (with an EPUB 2 NCX for older reading systems):
/// one XHTML chapter per input, article or split heading, rendered by `HTMLWriter`'s XHTML mode;
/// package metadata, navigation, landmarks, accessibility metadata; embedded images; a
/// reproducible zip container. See docs/epub.md.
///
///     let data = try EPUBWriter().write(book, context: ConversionContext())
///
/// With `SOURCE_DATE_EPOCH` set (``ConversionContext/date``), the same book gives the same
/// bytes on any machine and in any time zone.
public struct EPUBWriter: DocumentWriter {
    public let format = FormatDescription(name: "epub", aliases: ["epub3"], extensions: ["epub"],
                                          summary: "EPUB 3 e-book (with EPUB 2 NCX); one chapter per input")
    public var isBinary: Bool { true }
    /// The book's images normalised ahead (in parallel, by the caller); any other image is
    /// normalised while writing.
    public var preparedImages = PreparedImages()
    /// Draws the cover of a book that has none (a pure function of the text; the CLI's keeps
    /// the picture in its `--cache` folder).
    public var coverPainter: @Sendable (CoverText) -> Result<NormalizedImage, ImageProblem> = CoverPainter.png

    public init() {}

    public func write(_ book: Book, context: ConversionContext) throws -> Data {
        let content = try BookContent(book, context: context, stylesheetPath: PackageAssembler.stylesheetPath,
                                      preparedImages: preparedImages, coverPainter: coverPainter)
        let entries = PackageAssembler(tocDepth: context.options.tocDepth).entries(for: content)
        return try ZipWriter.archive(entries, modified: DOSDateTime(context.date))
    }
}

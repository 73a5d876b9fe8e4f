import Foundation
import OctavoCore

/// Writes a book as readable plain text, as a careful person would type it.
///
/// Paragraphs wrap at `options.wrap` columns by display width (default 72; `.none`: one line each); headings
/// are underlined (`=`, `-`, then `~`); lists keep markers with hanging indents; quotes get `> `;
/// code is indented four spaces and never wrapped; tables become aligned columns; footnotes are
/// marked `[n]` and listed after each document; links read `text <url>`. Raw HTML is dropped.
/// See docs/formats.md for every rule.
public struct PlainTextWriter: DocumentWriter {
    public let format = FormatDescription(name: "text", aliases: ["plain", "txt"], extensions: ["txt"],
                                          summary: "Plain text, wrapped, without markup")

    /// The wrap when the options leave it to the writer.
    public static let defaultWrap = Wrap.column(72)

    public init() {}

    public func write(_ book: Book, context: ConversionContext) throws -> Data {
        var renderer = TextRenderer(options: context.options, capacity: 1 << 16)
        renderer.render(book)
        return renderer.output.data
    }
}

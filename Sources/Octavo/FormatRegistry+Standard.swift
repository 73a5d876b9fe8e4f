import OctavoEPUB
import OctavoHTML
import OctavoMarkdown
import OctavoText
import OctavoTranscript

extension FormatRegistry {
    /// Every built-in reader and writer.
    public static var standard: FormatRegistry {
        var registry = FormatRegistry()
        registry.register(reader: MarkdownReader(dialect: .gfm))
        registry.register(reader: MarkdownReader(dialect: .commonmark))
        registry.register(reader: HTMLReader())
        registry.register(reader: TranscriptReader())
        registry.register(reader: ModelJSONReader())
        registry.register(writer: HTMLWriter())
        registry.register(writer: HTMLWriter(xhtml: true))
        registry.register(writer: PlainTextWriter())
        registry.register(writer: MarkdownWriter(dialect: .gfm))
        registry.register(writer: MarkdownWriter(dialect: .commonmark))
        registry.register(writer: ModelJSONWriter())
        registry.register(writer: EPUBWriter())
        return registry
    }
}

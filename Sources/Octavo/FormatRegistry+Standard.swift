import OctavoMarkdown
import OctavoText
import OctavoTranscript

extension FormatRegistry {
    /// Every built-in reader and writer.
    public static var standard: FormatRegistry {
        var registry = FormatRegistry()
        registry.register(reader: ModelJSONReader())
        registry.register(writer: ModelJSONWriter())
        registry.register(reader: MarkdownReader(dialect: .gfm))
        registry.register(reader: MarkdownReader(dialect: .commonmark))
        registry.register(writer: PlainTextWriter())
        registry.register(reader: TranscriptReader())
        return registry
    }
}

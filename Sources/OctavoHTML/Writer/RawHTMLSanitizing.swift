import OctavoCore

extension HTMLWriter {
    /// Raw HTML made safe as `--raw-html sanitize` does for HTML output: re-serialized through
    /// libxml2, keeping only the allowed elements, attributes and URLs (a warning names what
    /// was removed). `inline` unwraps block elements, for HTML inside a paragraph. For other
    /// writers that pass raw HTML on, such as the Markdown writer.
    public static func sanitizedRawHTML(_ html: String, inline: Bool, context: ConversionContext) -> String {
        HTMLSanitizer.sanitize(html, policy: .safe, phrasingOnly: inline, xhtml: false,
                               maxDepth: context.options.limits.maxDepth, context: context)
    }
}

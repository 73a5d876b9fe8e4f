import OctavoHTML

extension FormatRegistry {
    /// Every built-in reader and writer.
    public static var standard: FormatRegistry {
        var registry = FormatRegistry()
        registry.register(reader: ModelJSONReader())
        registry.register(writer: ModelJSONWriter())
        registry.register(writer: HTMLWriter())
        registry.register(writer: HTMLWriter(xhtml: true))
        return registry
    }
}

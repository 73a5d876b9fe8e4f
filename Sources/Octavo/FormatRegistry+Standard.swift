import OctavoHTML

extension FormatRegistry {
    /// Every built-in reader and writer.
    public static var standard: FormatRegistry {
        var registry = FormatRegistry()
        registry.register(reader: ModelJSONReader())
        registry.register(reader: HTMLReader())
        registry.register(writer: ModelJSONWriter())
        return registry
    }
}

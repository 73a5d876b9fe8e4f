import OctavoEPUB

extension FormatRegistry {
    /// Every built-in reader and writer.
    public static var standard: FormatRegistry {
        var registry = FormatRegistry()
        registry.register(reader: ModelJSONReader())
        registry.register(writer: ModelJSONWriter())
        registry.register(writer: EPUBWriter())
        return registry
    }
}

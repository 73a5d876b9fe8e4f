import OctavoCore

/// Short spellings for model values in tests.
func p(_ inlines: Inline...) -> Block { .paragraph(inlines) }
func t(_ text: String) -> Inline { .text(text) }
func h(_ level: Int, _ text: String, id: String? = nil) -> Block {
    .heading(Heading(level: level, content: [.text(text)], attributes: Attributes(id: id)))
}
func doc(_ blocks: Block..., metadata: Metadata = .init()) -> Book {
    Book(metadata: metadata, documents: [Document(metadata: metadata, blocks: blocks)])
}
func context(_ configure: (inout ConversionOptions) -> Void = { _ in }) -> ConversionContext {
    var options = ConversionOptions()
    configure(&options)
    return ConversionContext(options: options, environment: [:])
}

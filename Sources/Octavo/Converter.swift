import Foundation
import OctavoEPUB

/// The conversion pipeline: read each input, run the transforms, assemble a book, write it.
///
///     let converter = Converter()
///     let context = ConversionContext()
///     let book = try await converter.read([try .load("notes.md")], context: context)
///     let text = try converter.write(book, to: "text", context: context)
public struct Converter: Sendable {
    public var registry: FormatRegistry
    /// In-process passes run on every document, in order, after reading.
    public var transforms: [any DocumentTransform]

    public init(registry: FormatRegistry = .standard, transforms: [any DocumentTransform] = []) {
        self.registry = registry
        self.transforms = transforms
    }

    /// Reads one input with the reader named `format` (or the one its extension or content selects).
    public func read(_ input: InputSource, from format: String? = nil, context: ConversionContext) throws -> Document {
        let limit = context.options.limits.maxInputBytes
        guard input.data.count <= limit else {
            throw OctavoError.limitExceeded(file: input.displayName,
                message: "input is \(input.data.count) bytes, over the limit of \(limit) (raise it with --max-input-size)")
        }
        let reader = try registry.reader(for: input, named: format)
        var document = try reader.read(input, context: context)
        if document.sourcePath == nil { document.sourcePath = input.path ?? input.url }
        if let url = input.url { document.metadata.source = url }
        for transform in transforms {
            try transform.apply(to: &document, context: context)
        }
        return document
    }

    /// Reads every input into one book. The book's metadata is what the options give, filled
    /// from the document's own for a single input.
    ///
    /// Inputs are read in parallel, as many at once as there are cores (``ConversionThreads``);
    /// diagnostics are reported in input order and the first input (in order) that fails is the
    /// error thrown.
    public func read(_ inputs: [InputSource], from format: String? = nil, context: ConversionContext) async throws -> Book {
        let contexts = inputs.map { _ in ConversionContext(options: context.options, date: context.date) }
        let width = ProcessInfo.processInfo.activeProcessorCount
        let results = await ConversionThreads.map(inputs.count, width: width) { [self] index in
            Result { try read(inputs[index], from: format, context: contexts[index]) }
        }
        for inputContext in contexts {
            for diagnostic in inputContext.diagnostics { context.report(diagnostic) }
        }
        return assemble(try results.map { try $0.get() }, context: context)
    }

    /// A book of `documents` with the options' metadata (filled from a single document's own).
    public func assemble(_ documents: [Document], context: ConversionContext) -> Book {
        var metadata = context.options.metadata
        if documents.count == 1 {
            metadata = metadata.filling(from: documents[0].metadata)
        } else if metadata.language == nil {
            metadata.language = documents.lazy.compactMap(\.metadata.language).first
        }
        return Book(metadata: metadata, documents: documents)
    }

    /// The writer for a conversion: named, else chosen by the output path's extension, else HTML.
    public func writer(named name: String?, outputPath: String?) throws -> any DocumentWriter {
        if let name {
            guard let writer = registry.writer(named: name) else { throw OctavoError.unknownFormat(name, role: "output") }
            return writer
        }
        if let outputPath {
            let ext = URL(fileURLWithPath: outputPath).pathExtension
            if !ext.isEmpty, let writer = registry.writer(forExtension: ext) { return writer }
        }
        guard let html = registry.writer(named: "html") else { throw OctavoError.unknownFormat("html", role: "output") }
        return html
    }

    /// Writes `book` with the writer called `format`.
    public func write(_ book: Book, to format: String, context: ConversionContext) throws -> Data {
        try write(book, with: writer(named: format, outputPath: nil), context: context)
    }

    /// Writes `book` with `writer`; for HTML with ``ImageOptions/embedInHTML`` (`--embed-images`),
    /// the images are written into the page as `data:` URLs first.
    public func write(_ book: Book, with writer: any DocumentWriter, context: ConversionContext) throws -> Data {
        guard context.options.images.embedInHTML, writer.format.name == "html" else { return try writer.write(book, context: context) }
        return try writer.write(DataURLImages.embedding(book, context: context), context: context)
    }
}

import Foundation
import OctavoEPUB
import OctavoImages

extension Converter {
    /// Writes `book` with `writer` on a conversion thread. For an EPUB, the book's images are
    /// first normalised in parallel, as many at once as there are cores (``ConversionThreads``):
    /// decoding and scaling pictures is most of the time a book with photographs takes. The
    /// writer then assembles the book on one thread, so the bytes are the same as from
    /// ``write(_:with:context:)-(_,_,_)``.
    public func write(_ book: Book, with writer: any DocumentWriter, context: ConversionContext) async throws -> Data {
        var writer = writer
        if var epub = writer as? EPUBWriter {
            let options = context.options
            let sources = PreparedImages.sources(in: book, options: options)
            let width = ProcessInfo.processInfo.activeProcessorCount
            let results = await ConversionThreads.map(sources.count, width: width) { index in
                PreparedImages.normalize(sources[index], options: options, fetched: context.fetchedResources)
            }
            epub.preparedImages = PreparedImages(sources: sources, results: results)
            writer = epub
        }
        let chosen = writer
        return try await ConversionThreads.run { Result { try self.write(book, with: chosen, context: context) } }.get()
    }
}

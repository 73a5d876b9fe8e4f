import Foundation
import OctavoEPUB
import OctavoImages

extension Converter {
    /// Writes `book` with `writer` on a conversion thread. For an EPUB, the book's images are
    /// first normalised in parallel, as many at once as there are cores (``ConversionThreads``):
    /// decoding and scaling pictures is most of the time a book with photographs takes. The
    /// writer then assembles the book on one thread, so the bytes are the same as from
    /// ``write(_:with:context:)-(_,_,_)``. With a cache folder in the options (`--cache`), the
    /// normalised images and the drawn cover are kept there for the next run (``ImageCache``).
    public func write(_ book: Book, with writer: any DocumentWriter, context: ConversionContext) async throws -> Data {
        var writer = writer
        if var epub = writer as? EPUBWriter {
            let options = context.options
            let sources = PreparedImages.sources(in: book, options: options)
            let bytes = sources.map { PreparedImages.bytes(of: $0, options: options, fetched: context.fetchedResources) }
            // Normalising is a pure function of the bytes and the options: a picture that many
            // pages show (a logo, a shared figure) is normalised once.
            var distinct: [Data] = [], slots: [Data: Int] = [:]
            let slot = bytes.map { data in
                data.map { data in
                    if let known = slots[data] { return known }
                    distinct.append(data)
                    slots[data] = distinct.count - 1
                    return distinct.count - 1
                }
            }
            let pictures = distinct
            // With a cache folder (`--cache`), results and the drawn cover are kept there for the next run.
            let cache = options.fetch.cacheFolder.map(ImageCache.init(folder:))
            let width = ProcessInfo.processInfo.activeProcessorCount
            let normalized = await ConversionThreads.map(pictures.count, width: width) { index in
                cache?.normalize(pictures[index], options: options.images)
                    ?? ImageNormalizer.normalize(pictures[index], options: options.images)
            }
            epub.preparedImages = PreparedImages(sources: sources, results: slot.map { $0.map { normalized[$0] } })
            if let cache { epub.coverPainter = cache.cover }
            writer = epub
        }
        let chosen = writer
        return try await ConversionThreads.run { Result { try self.write(book, with: chosen, context: context) } }.get()
    }
}

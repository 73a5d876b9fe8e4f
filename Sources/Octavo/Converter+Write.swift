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
            // With a cache folder (`--cache`), results and the drawn cover are kept there for the
            // next run. Kept results are read here; only the others are normalised, in parallel.
            let cache = options.fetch.cacheFolder.map(ImageCache.init(folder:))
            let entries = distinct.map { cache?.entry(for: $0, options: options.images) }
            var normalized = entries.map { $0?.load().map { Result<NormalizedImage, ImageProblem>.success($0) } }
            let missing = normalized.indices.filter { normalized[$0] == nil }
            let pictures = distinct
            let width = ProcessInfo.processInfo.activeProcessorCount
            let made = await ConversionThreads.map(missing.count, width: width) { index in
                let result = ImageNormalizer.normalize(pictures[missing[index]], options: options.images)
                entries[missing[index]]?.keep(result)
                return result
            }
            for (index, result) in zip(missing, made) { normalized[index] = result }
            epub.preparedImages = PreparedImages(sources: sources, results: slot.map { $0.flatMap { normalized[$0] } })
            if let cache { epub.coverPainter = cache.cover }
            writer = epub
        }
        let chosen = writer
        return try await ConversionThreads.run { Result { try self.write(book, with: chosen, context: context) } }.get()
    }
}

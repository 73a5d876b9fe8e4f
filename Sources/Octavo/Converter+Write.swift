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
            epub.preparedImages = await prepareImages(of: book, context: context)
            if let folder = context.options.fetch.cacheFolder { epub.coverPainter = ImageCache(folder: folder).cover }
            writer = epub
        }
        let chosen = writer
        return try await ConversionThreads.run { Result { try self.write(book, with: chosen, context: context) } }.get()
    }

    /// The book's images normalised, each picture once: normalising is a pure function of the
    /// bytes and the options, and references that reach the same file or URL (a logo, a figure
    /// many pages share) have the same bytes. Results kept in the cache folder are read first,
    /// one after another (that is quick); the others are normalised in parallel and kept.
    private func prepareImages(of book: Book, context: ConversionContext) async -> PreparedImages {
        let options = context.options, fetched = context.fetchedResources
        let sources = PreparedImages.sources(in: book, options: options)
        var firsts: [Int] = [], slots: [String: Int] = [:]
        let slot: [Int?] = sources.indices.map { index in
            guard let place = PreparedImages.place(of: sources[index], options: options, fetched: fetched) else { return nil }
            if let known = slots[place] { return known }
            firsts.append(index)
            slots[place] = firsts.count - 1
            return firsts.count - 1
        }
        let cache = options.fetch.cacheFolder.map(ImageCache.init(folder:))
        var results = [Result<NormalizedImage, ImageProblem>?](repeating: nil, count: firsts.count)
        var missing: [(picture: Int, source: Int, entry: ImageCache.Entry?)] = []
        for (picture, index) in firsts.enumerated() {
            let entry = cache.flatMap { cache in
                PreparedImages.bytes(of: sources[index], options: options, fetched: fetched).map { cache.entry(for: $0, options: options.images) }
            }
            if let image = entry?.load() { results[picture] = .success(image) } else { missing.append((picture, index, entry)) }
        }
        let todo = missing, width = ProcessInfo.processInfo.activeProcessorCount
        let made = await ConversionThreads.map(todo.count, width: width) { index in
            guard let data = PreparedImages.bytes(of: sources[todo[index].source], options: options, fetched: fetched)
            else { return Result<NormalizedImage, ImageProblem>?.none }
            let result = ImageNormalizer.normalize(data, options: options.images)
            todo[index].entry?.keep(result)
            return result
        }
        for (item, result) in zip(todo, made) { results[item.picture] = result }
        return PreparedImages(sources: sources, results: slot.map { $0.flatMap { results[$0] } })
    }
}

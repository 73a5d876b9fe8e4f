import Foundation
import OctavoCore
import OctavoImages

/// A book's images normalised before it is written, so that the work can be spread over the
/// cores by the caller (Octavo's converter does it with its conversion threads) while the EPUB
/// writer itself stays single-threaded. The writer uses a prepared result where there is one and
/// normalises any other image itself; either way the book is the same.
///
///     let sources = PreparedImages.sources(in: book, options: options)
///     let results = sources.map { PreparedImages.normalize($0, options: options) }   // or in parallel
///     var writer = EPUBWriter()
///     writer.preparedImages = PreparedImages(sources: sources, results: results)
public struct PreparedImages: Sendable {
    /// An image as a document refers to it: what is written, and the document it is written in.
    public struct Source: Hashable, Sendable {
        public var reference: String
        public var documentPath: String?
    }

    private var results: [Source: Result<NormalizedImage, ImageProblem>] = [:]

    public init() {}

    /// `results[i]` is what ``normalize(_:options:)`` gave for `sources[i]`; `nil` (an image
    /// not to be read: remote, refused, too large) is left to the writer.
    public init(sources: [Source], results: [Result<NormalizedImage, ImageProblem>?]) {
        for (source, result) in zip(sources, results) where result != nil { self.results[source] = result }
    }

    /// The distinct images `book`'s documents show (markup images and `<img>` in raw HTML), in order.
    public static func sources(in book: Book, options: ConversionOptions) -> [Source] {
        var seen = Set<Source>(), sources: [Source] = []
        for document in book.documents {
            for reference in ImageReferences.all(in: document.blocks)
            where seen.insert(Source(reference: reference, documentPath: document.sourcePath)).inserted {
                sources.append(Source(reference: reference, documentPath: document.sourcePath))
            }
        }
        return sources
    }

    /// `source` read under the book's rules (sandbox, byte limit) and normalised; `nil` when it
    /// is not read here (remote and not in `fetched`, refused or too large: the writer says why).
    public static func normalize(_ source: Source, options: ConversionOptions,
                                 fetched: FetchedResources = FetchedResources()) -> Result<NormalizedImage, ImageProblem>? {
        bytes(of: source, options: options, fetched: fetched).map { ImageNormalizer.normalize($0, options: options.images) }
    }

    /// Where `source` is read from (a file's real path, a fetched URL, the `data:` URL itself),
    /// or `nil` when it is not read here. Sources with the same place have the same bytes, so
    /// one normalisation serves them all.
    public static func place(of source: Source, options: ConversionOptions,
                             fetched: FetchedResources = FetchedResources()) -> String? {
        ImageResolver(options: options, fetched: fetched).place(of: source.reference, from: source.documentPath)
    }

    /// `source`'s bytes as read under the book's rules (sandbox, byte limit), before normalising;
    /// `nil` when it is not read here. ``normalize(_:options:fetched:)`` is
    /// `ImageNormalizer.normalize` of these bytes, so the same bytes need normalising only once.
    public static func bytes(of source: Source, options: ConversionOptions,
                             fetched: FetchedResources = FetchedResources()) -> Data? {
        ImageResolver(options: options, fetched: fetched).readableBytes(source.reference, from: source.documentPath)
    }

    func result(for reference: String, from documentPath: String?) -> Result<NormalizedImage, ImageProblem>? {
        results[Source(reference: reference, documentPath: documentPath)]
    }
}

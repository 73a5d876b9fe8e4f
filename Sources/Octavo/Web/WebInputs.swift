import Foundation
@_exported import OctavoFetch

/// Loads the inputs of a conversion: files (and `-` for standard input) from disk, `http(s)://`
/// URLs from the web (all at once, through one ``Fetcher``), then the images of the pages read.
/// Readers never fetch: they get the bytes with the page's final URL and media type.
///
///     let web = WebInputs(settings: options.fetch)
///     let sources = try web.load(["https://example.org/a", "notes.md"])
///     let book = try converter.read(sources, context: context)
///     web.fetchImages(of: book, context: context)
public struct WebInputs: Sendable {
    public let settings: FetchSettings
    private let fetcher: Fetcher
    private let progress: @Sendable (FetchProgress) -> Void

    public init(settings: FetchSettings, userAgent: String = "octavo",
                progress: @escaping @Sendable (FetchProgress) -> Void = { _ in }) {
        self.settings = settings
        fetcher = Fetcher(settings: settings, userAgent: userAgent) { try AtomicFile.write($0, to: $1, durable: false) }
        self.progress = progress
    }

    /// Whether the writer called `format` embeds images with these options (EPUB always, HTML
    /// with `--embed-images`), so that fetching them is worth it.
    public static func embedsImages(_ format: String, options: ConversionOptions) -> Bool {
        format == "epub" || (format == "html" && options.images.embedInHTML)
    }

    /// Whether `input` names a page on the web.
    public static func isURL(_ input: String) -> Bool { Fetcher.isWebURL(input) }

    /// The sources of `inputs`, in order. The first input (in order) that cannot be had is the
    /// error thrown, naming the file or URL and why.
    public func load(_ inputs: [String]) throws -> [InputSource] {
        let urls = inputs.filter(Self.isURL)
        let fetched = urls.isEmpty ? [] : fetcher.fetch(urls.map { FetchRequest(url: $0, purpose: .page) }, progress: progress)
        var pages = Dictionary(zip(urls, fetched), uniquingKeysWith: { first, _ in first })
        return try inputs.map { input in
            guard Self.isURL(input), let result = pages.removeValue(forKey: input) ?? pages[input] else {
                if let scheme = Self.otherScheme(input) {
                    throw OctavoError.unreadable(file: input, reason: "unsupported URL scheme '\(scheme)' (only http and https)")
                }
                return try InputSource.load(input)
            }
            pages[input] = result
            return try Self.source(result, url: input)
        }
    }

    /// The scheme of an input that looks like a URL of another kind (`ftp://…`) and is no file.
    private static func otherScheme(_ input: String) -> String? {
        guard let range = input.range(of: "://"), !FileManager.default.fileExists(atPath: input) else { return nil }
        let scheme = input[..<range.lowerBound]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) else { return nil }
        return String(scheme)
    }

    private static func source(_ result: Result<FetchedResponse, FetchError>, url: String) throws -> InputSource {
        switch result {
        case let .failure(error):
            throw OctavoError.unreadable(file: url, reason: error.reason)
        case let .success(page):
            if let type = page.mediaType, !isDocumentType(type) {
                throw OctavoError.unreadable(file: url, reason: "the server says it is \(type), not a page")
            }
            return InputSource(data: page.data, path: nil, url: page.finalURL, mediaType: page.mediaType)
        }
    }

    /// Text and markup types a reader may take (images, archives, PDFs and the like are refused).
    private static func isDocumentType(_ type: String) -> Bool {
        type.hasPrefix("text/") || type.hasSuffix("+xml") || type == "application/xml" || type == "application/octet-stream"
    }

    /// Fetches the web images of `book`'s documents into `context.fetchedResources` (each URL
    /// once), when the settings ask for it (default: when any document came from the web). A
    /// image that cannot be had is a warning naming the page and the URL; writers then show its
    /// alt text.
    public func fetchImages(of book: Book, context: ConversionContext) {
        let fromWeb = book.documents.contains { $0.sourcePath.map(Self.isURL) ?? false }
        guard settings.fetchesResources(hasURLInputs: fromWeb) else { return }
        let found = RemoteImages.find(in: book)
        guard !found.isEmpty else { return }
        let results = fetcher.fetch(found.map { FetchRequest(url: $0.url, purpose: .resource) }, progress: progress)
        var warned = Set<String>()
        for (image, result) in zip(found, results) {
            switch result {
            case let .success(response):
                context.fetchedResources.store(.init(data: response.data, mediaType: response.mediaType), for: image.url)
            case let .failure(error):
                guard warned.insert((image.page ?? "") + "\u{0}" + image.url).inserted else { continue }
                context.report(.warning, "image \(image.url) not fetched: \(error.reason)", file: image.page, source: "fetch")
            }
        }
    }

    /// Bytes downloaded so far by this loader.
    public var bytesDownloaded: Int { fetcher.bytesDownloaded }
}

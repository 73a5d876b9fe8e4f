import ArgumentParser
import Octavo

/// The options shared by `convert`, `inspect` and `batch`: formats, metadata and reader/writer settings.
struct ConversionFlags: ParsableArguments {
    @Option(name: [.short, .customLong("from")], help: "Input format (default: by extension, else by content).")
    var from: String?

    @Option(name: .customLong("title"), help: "Title (overrides what the input says).")
    var title: String?
    @Option(name: .customLong("author"), help: "Author; repeat for several.")
    var authors: [String] = []
    @Option(help: "Language as a BCP 47 tag, such as en or pt-BR.")
    var language: String?
    @Option(help: "Publication date.")
    var date: String?
    @Option(name: [.customShort("M"), .customLong("metadata")], help: "Other metadata as KEY=VALUE; repeatable.")
    var metadata: [String] = []

    @Flag(name: [.short, .long], help: "HTML: a full document with <title> and metadata (else a fragment).")
    var standalone = false
    @Flag(help: "HTML: include a table of contents.")
    var toc = false
    @Option(help: "Table-of-contents depth.")
    var tocDepth: Int = 2
    @Option(help: "EPUB: split documents into chapters at this heading level.")
    var splitLevel: Int = 1
    @Option(help: "A stylesheet to use instead of the default.")
    var css: String?
    @Option(help: "EPUB: a cover image (converted and scaled like every image).")
    var cover: String?
    @Flag(help: "EPUB: no cover, neither a given nor a drawn one.")
    var noCover = false
    @Option(help: "EPUB and --embed-images: scale images down to fit WIDTHxHEIGHT pixels (default 1600x2400).")
    var maxImageSize: String?
    @Option(help: "EPUB and --embed-images: JPEG quality, 1 to 100 (default 85).")
    var imageQuality: Int?
    @Flag(help: "EPUB: keep PNG, JPEG, GIF and WebP images as they are (no scaling, no metadata stripping).")
    var keepImages = false
    @Flag(help: "HTML: write images into the page as data: URLs, converted and scaled as for EPUB.")
    var embedImages = false
    @Option(help: ArgumentHelp("Text and Markdown: wrap at this column, or 'none' for one line per paragraph (default: text 72, Markdown none).",
                               valueName: "column|none"))
    var wrap: Wrap?
    @Flag(help: "Markdown: reference links ([text][1]) with the URLs after each document.")
    var referenceLinks = false
    @Option(help: "HTML reader: main-content extraction.")
    var extract: ConversionOptions.Extraction = .auto
    @Option(help: "Raw HTML in Markdown.")
    var rawHtml: ConversionOptions.RawHTMLPolicy = .sanitize
    @Option(help: "The page URL relative links resolve against.")
    var baseUrl: String?
    @Option(name: .customLong("resource-path"), help: "A folder local images may be read from; repeatable.")
    var resourcePaths: [String] = []
    @Flag(help: "Transcript: show timestamps in the text.")
    var keepTimestamps = false
    @Flag(help: "Transcript: keep link remnants and captions.")
    var keepBoilerplate = false
    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxInputSize: Int?
    @Option(help: "Flatten nesting deeper than this many levels (1 to 10000; default 128).")
    var maxDepth: Int?
    @Option(help: "Leave out image files larger than this many bytes (default 32 MB).")
    var maxImageBytes: Int?

    @Option(name: .customLong("filter"),
            help: "A program that changes the document (model JSON on stdin and stdout); repeatable, run in order.")
    var filters: [String] = []

    @OptionGroup var fetch: FetchFlags

    @Flag(help: "Treat warnings as failures.")
    var strict = false
    @Flag(name: .shortAndLong, help: "Show informational diagnostics too.")
    var verbose = false
    @Flag(name: .shortAndLong, help: "Show errors only.")
    var quiet = false

    /// The `--filter` programs as transforms; each gets `targetFormat` as its first argument.
    func externalFilters(targetFormat: String) -> [any DocumentTransform] {
        filters.map { ExternalFilter(program: $0, targetFormat: targetFormat) }
    }

    /// Usage checks on these flags alone: numbers in range, metadata as KEY=VALUE (exit 2).
    func validate() throws {
        try UsageChecks.require(maxInputSize, in: 1..., "--max-input-size", takes: "a positive number of bytes")
        try UsageChecks.require(maxDepth, in: 1...Self.deepestAllowed, "--max-depth", takes: "a number from 1 to \(Self.deepestAllowed)")
        try UsageChecks.require(maxImageBytes, in: 1..., "--max-image-bytes", takes: "a positive number of bytes")
        if let maxImageSize, PixelBox(maxImageSize) == nil {
            throw ValidationError("--max-image-size takes WIDTHxHEIGHT in pixels, such as 1600x2400, not '\(maxImageSize)'")
        }
        try UsageChecks.require(imageQuality, in: 1...100, "--image-quality", takes: "a number from 1 to 100")
        if let pair = metadata.first(where: { !$0.contains("=") }) {
            throw ValidationError("-M/--metadata takes KEY=VALUE, not '\(pair)'")
        }
    }

    /// The library's options for these flags (checked by ``validate()``).
    func options() -> ConversionOptions {
        var options = ConversionOptions()
        options.standalone = standalone
        options.tableOfContents = toc
        options.tocDepth = tocDepth
        options.splitLevel = splitLevel
        options.css = css
        options.cover = cover
        options.wrap = wrap
        options.extraction = extract
        options.rawHTML = rawHtml
        options.referenceLinks = referenceLinks
        options.baseURL = baseUrl
        options.resourcePaths = resourcePaths
        options.keepTimestamps = keepTimestamps
        options.keepBoilerplate = keepBoilerplate
        options.strict = strict
        if let maxInputSize { options.limits.maxInputBytes = maxInputSize }
        if let maxDepth { options.limits.maxDepth = maxDepth }
        if let maxImageBytes { options.limits.maxImageBytes = maxImageBytes }
        if let box = maxImageSize.flatMap(PixelBox.init) { options.images.maxSize = box }
        if let imageQuality { options.images.jpegQuality = imageQuality }
        options.images.keepOriginals = keepImages
        options.images.embedInHTML = embedImages
        if noCover { options.images.cover = .none }
        options.metadata = givenMetadata()
        options.fetch = fetch.settings()
        return options
    }

    /// The deepest `--max-depth` allowed: conversions run on a 512 MB stack (``ConversionThreads``),
    /// which holds the model's recursion at this depth with room to spare.
    static let deepestAllowed = 10_000

    private func givenMetadata() -> Metadata {
        var m = Metadata(title: title, authors: authors, date: date, language: language)
        for pair in metadata {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(parts[0]), value = parts.count > 1 ? String(parts[1]) : ""
            switch key {
            case "title": m.title = value
            case "subtitle": m.subtitle = value
            case "author": m.authors.append(value)
            case "date": m.date = value
            case "lang", "language": m.language = value
            case "publisher": m.publisher = value
            case "source": m.source = value
            case "description": m.description = value
            case "subject": m.subjects.append(value)
            case "rights": m.rights = value
            case "identifier": m.identifier = value
            default: m.extra[key] = value
            }
        }
        return m
    }
}

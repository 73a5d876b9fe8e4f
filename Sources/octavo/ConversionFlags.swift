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
    @Option(help: "EPUB: a cover image.")
    var cover: String?
    @Option(help: "Text: wrap column, or 'none' for one line per paragraph (default 72).")
    var wrap: String?
    @Option(help: "HTML reader: main-content extraction (auto, on, off).")
    var extract: String = "auto"
    @Option(help: "Raw HTML in Markdown: keep, sanitize or drop.")
    var rawHtml: String = "sanitize"
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
    @Option(help: "EPUB: leave out images larger than this many bytes (default 32 MB).")
    var maxImageSize: Int?

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

    /// The library's options for these flags.
    func options() throws -> ConversionOptions {
        var options = ConversionOptions()
        options.standalone = standalone
        options.tableOfContents = toc
        options.tocDepth = tocDepth
        options.splitLevel = splitLevel
        options.css = css
        options.cover = cover
        if let wrap {
            guard let setting = Wrap(wrap) else {
                throw OctavoError.usage("--wrap takes a positive number or 'none', not '\(wrap)'")
            }
            options.wrap = setting
        }
        guard let extraction = ConversionOptions.Extraction(rawValue: extract) else {
            throw OctavoError.usage("--extract takes auto, on or off, not '\(extract)'")
        }
        options.extraction = extraction
        guard let raw = ConversionOptions.RawHTMLPolicy(rawValue: rawHtml) else {
            throw OctavoError.usage("--raw-html takes keep, sanitize or drop, not '\(rawHtml)'")
        }
        options.rawHTML = raw
        options.baseURL = baseUrl
        options.resourcePaths = resourcePaths
        options.keepTimestamps = keepTimestamps
        options.keepBoilerplate = keepBoilerplate
        options.strict = strict
        try applyLimits(to: &options.limits)
        options.fetch = try fetch.settings()
        options.metadata = try givenMetadata()
        return options
    }

    /// The deepest `--max-depth` allowed: conversions run on a 512 MB stack (``withLargeStack``),
    /// which holds the model's recursion at this depth with room to spare.
    static let deepestAllowed = 10_000

    private func applyLimits(to limits: inout Limits) throws {
        if let maxInputSize {
            guard maxInputSize > 0 else { throw OctavoError.usage("--max-input-size takes a positive number of bytes") }
            limits.maxInputBytes = maxInputSize
        }
        if let maxDepth {
            guard (1...Self.deepestAllowed).contains(maxDepth) else {
                throw OctavoError.usage("--max-depth takes a number from 1 to \(Self.deepestAllowed), not \(maxDepth)")
            }
            limits.maxDepth = maxDepth
        }
        if let maxImageSize {
            guard maxImageSize > 0 else { throw OctavoError.usage("--max-image-size takes a positive number of bytes") }
            limits.maxImageBytes = maxImageSize
        }
    }

    private func givenMetadata() throws -> Metadata {
        var m = Metadata(title: title, authors: authors, date: date, language: language)
        for pair in metadata {
            guard let equals = pair.firstIndex(of: "=") else {
                throw OctavoError.usage("-M/--metadata takes KEY=VALUE, not '\(pair)'")
            }
            let key = String(pair[..<equals]), value = String(pair[pair.index(after: equals)...])
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

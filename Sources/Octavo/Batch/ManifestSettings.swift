/// The settings a manifest's `defaults` or one of its jobs may give; unset ones leave what the
/// command line (or the defaults) said.
public struct ManifestSettings: Sendable {
    public var from: String?
    public var to: String?
    public var include: [String]?
    public var exclude: [String]?
    /// Added after the command line's and the defaults' filters.
    public var filters: [String] = []
    public var title: String?
    public var subtitle: String?
    public var authors: [String]?
    public var language: String?
    public var date: String?
    public var css: String?
    public var cover: String?
    public var metadata: [String: String] = [:]
    public var standalone: Bool?
    public var toc: Bool?
    public var wrap: Wrap?
    public var extraction: ConversionOptions.Extraction?
    public var rawHTML: ConversionOptions.RawHTMLPolicy?
    public var strict: Bool?

    public init() {}

    /// The keys a manifest may use for these settings.
    static let keys: Set<String> = ["from", "to", "include", "exclude", "filters", "title", "subtitle", "authors",
                                    "author", "language", "date", "css", "cover", "metadata", "standalone", "toc",
                                    "wrap", "extract", "raw-html", "strict"]

    /// Lays these settings over `template`; paths are resolved against `folder`.
    func apply(to template: inout BatchTemplate, relativeTo folder: String) {
        if let from { template.from = from }
        if let to { template.to = to }
        if let include { template.include = include.map(Glob.init) }
        if let exclude { template.exclude = exclude.map(Glob.init) }
        template.filters += filters.map { $0.contains("/") ? BatchPlanner.join(folder, $0) : $0 }
        var options = template.options
        if let title { options.metadata.title = title }
        if let subtitle { options.metadata.subtitle = subtitle }
        if let authors { options.metadata.authors = authors }
        if let language { options.metadata.language = language }
        if let date { options.metadata.date = date }
        options.metadata.extra.merge(metadata) { _, new in new }
        if let css { options.css = BatchPlanner.join(folder, css) }
        if let cover { options.cover = BatchPlanner.join(folder, cover) }
        if let standalone { options.standalone = standalone }
        if let toc { options.tableOfContents = toc }
        if let wrap { options.wrap = wrap }
        if let extraction { options.extraction = extraction }
        if let rawHTML { options.rawHTML = rawHTML }
        if let strict { options.strict = strict }
        template.options = options
    }
}

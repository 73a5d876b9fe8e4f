/// Everything the user chose for a conversion. Readers and writers read the fields that concern
/// them and ignore the rest; a third-party format keeps its own settings in ``extra``.
public struct ConversionOptions: Sendable, Hashable {
    /// How raw HTML found in Markdown is written out.
    public enum RawHTMLPolicy: String, Sendable, Hashable, CaseIterable { case keep, sanitize, drop }
    /// Whether the HTML reader extracts the main content of a page.
    public enum Extraction: String, Sendable, Hashable, CaseIterable { case auto, on, off }

    /// HTML: a full document rather than a fragment.
    public var standalone = false
    /// HTML: a table of contents.
    public var tableOfContents = false
    /// Table-of-contents depth (HTML with `--toc`, EPUB navigation).
    public var tocDepth = 2
    /// EPUB: split a long document into chapters at this heading level.
    public var splitLevel = 1
    /// A stylesheet file to use instead of the default.
    public var css: String?
    /// EPUB: a cover image file.
    public var cover: String?
    /// EPUB and self-contained HTML: how images are converted, scaled and stripped.
    public var images = ImageOptions()
    /// Text and Markdown: how paragraphs are wrapped; `nil` leaves it to the writer (text wraps at
    /// 72 columns, Markdown keeps one line per paragraph).
    public var wrap: Wrap?
    public var rawHTML: RawHTMLPolicy = .sanitize
    /// Markdown: links as `[text][n]` with their destinations listed after each document.
    public var referenceLinks = false
    public var extraction: Extraction = .auto
    /// The page URL that relative links resolve against (HTML reader), when the page does not say.
    public var baseURL: String?
    /// Folders local resources may be read from, besides each input's own folder.
    public var resourcePaths: [String] = []
    /// Transcript: show timestamps in the text rather than only keeping them as attributes.
    public var keepTimestamps = false
    /// Transcript: keep link remnants and captions instead of removing them (with a diagnostic).
    public var keepBoilerplate = false
    /// Metadata given on the command line; it wins over what readers find.
    public var metadata = Metadata()
    /// Treat warnings as failures.
    public var strict = false
    public var limits = Limits()
    /// How URL inputs and the images of pages are fetched (the `Octavo` umbrella does it; readers never fetch).
    public var fetch = FetchSettings()
    /// Settings for formats outside this package, by key.
    public var extra: [String: String] = [:]

    public init() {}
}

/// Bounds that keep hostile input from exhausting time, memory or the stack.
public struct Limits: Sendable, Hashable {
    /// Inputs larger than this are refused.
    public var maxInputBytes = 256 * 1024 * 1024
    /// Deeper block or inline nesting is flattened by readers (with a diagnostic). 128 keeps the
    /// model's JSON (two JSON levels per model level) within the 512 levels JSON parsers accept.
    public var maxDepth = 128
    /// Embedded images larger than this are refused.
    public var maxImageBytes = 32 * 1024 * 1024

    public init() {}
}

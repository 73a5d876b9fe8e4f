import OctavoCore

/// Renders blocks and inlines into one ``HTMLBuffer``. One renderer writes one output (a page,
/// a compilation or an EPUB chapter) so heading ids stay unique across it.
///
/// Line layout follows cmark's HTML renderer (one block per line, `newline()` before each block
/// tag), so Markdown comes out as CommonMark specifies. Nesting is bounded: past
/// ``Limits/maxDepth`` containers are no longer opened and their content is written flat.
struct HTMLRenderer {
    /// What happens to raw HTML.
    enum RawTreatment {
        /// Copied byte for byte (`--raw-html keep` in HTML mode).
        case copy
        /// Parsed and re-serialized: only safe markup (`sanitize`), or everything but well-formed
        /// (`keep` in XHTML mode).
        case reserialize(HTMLSanitizer.Policy)
        /// Left out.
        case drop
    }

    var out: HTMLBuffer
    let options: HTMLWriterOptions
    let raw: RawTreatment
    let context: ConversionContext
    /// Rewrites the elements of raw HTML as they are written (see ``RawHTMLHook``).
    let rawHook: (any RawHTMLHook)?
    let maxDepth: Int
    var ids: IDRegistry
    var footnotes: FootnoteCollector
    var headings: [HTMLFragment.Heading] = []
    /// Set while an inline run with raw HTML is rendered for re-serialization as a whole.
    var copyingRawForSanitizer = false
    var reportedDepth = false
    /// Where the last bare inline run (a `.plain` block) ended, to separate the next one.
    var endOfBareInlines = -1

    init(options: HTMLWriterOptions, context: ConversionContext,
         idPrefix: String = "", capacity: Int = 0, rawHook: (any RawHTMLHook)? = nil) {
        self.out = HTMLBuffer(xhtml: options.xhtml, capacity: capacity)
        self.options = options
        self.context = context
        self.rawHook = rawHook
        // The depth counts elements. libxml2 (xmllint, and many readers built on it) refuses
        // documents deeper than 256 elements, so output stays below that whatever the limit
        // says (the page around the content and inlines add up to about 52 more).
        self.maxDepth = min(max(8, context.options.limits.maxDepth), 200)
        self.ids = IDRegistry(xmlNames: options.xhtml)
        self.footnotes = FootnoteCollector(idPrefix: idPrefix, xmlNames: options.xhtml)
        switch options.rawHTML ?? context.options.rawHTML {
        case .keep: raw = options.xhtml ? .reserialize(.permissive) : .copy
        case .sanitize: raw = .reserialize(.safe)
        case .drop: raw = .drop
        }
    }

    /// Starts a new footnote numbering with a new id prefix (one article of a compilation).
    mutating func restartFootnotes(idPrefix: String) {
        footnotes = FootnoteCollector(idPrefix: idPrefix, xmlNames: options.xhtml)
    }

    /// Whether raw markup in `format` is HTML this writer may emit.
    static func isHTML(_ format: String) -> Bool {
        switch format.lowercased() {
        case "html", "html5", "xhtml", "html4": true
        default: false
        }
    }

    /// Writes a raw piece into a run that is re-serialized as a whole; with a hook, between the
    /// markers that tell the hook which elements are raw.
    mutating func copyRawPiece(_ text: String) {
        guard rawHook != nil else { return out.raw(text) }
        out.raw(HTMLSanitizer.rawStart)
        out.raw(HTMLSanitizer.unmarked(text))
        out.raw(HTMLSanitizer.rawEnd)
    }

    /// Raw HTML (`regions` of `html`) through the one raw-HTML pass, with this renderer's hook.
    func reserialize(_ html: String, policy: HTMLSanitizer.Policy, phrasingOnly: Bool,
                     regions: HTMLSanitizer.RawRegions) -> String {
        HTMLSanitizer.sanitize(html, policy: policy, phrasingOnly: phrasingOnly, xhtml: out.xhtml, maxDepth: maxDepth,
                               context: context, hook: rawHook, regions: rawHook == nil ? .whole : regions)
    }

    /// Notes, once, that content was flattened because it nested too deeply.
    mutating func noteTooDeep() {
        guard !reportedDepth else { return }
        reportedDepth = true
        context.report(.warning, "content nested deeper than \(maxDepth) levels was written without its inner containers",
                       source: "html.depth")
    }
}

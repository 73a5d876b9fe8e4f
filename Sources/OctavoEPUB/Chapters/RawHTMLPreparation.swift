import OctavoHTML

/// What the first pass learned about a chapter's raw HTML, for the second to write it: the id
/// each element was given, and what became of each image.
struct PreparedRawHTML: Hashable, Sendable {
    enum ImageChange: Hashable, Sendable {
        /// The image is embedded: its `src` in the book.
        case source(String)
        /// The image is not in the book: this text (possibly empty) stands in for it.
        case text(String)
    }

    /// Original id → the ids claimed for the elements that had it, in the order they were written.
    var ids: [String: [String]] = [:]
    /// Original `src` → what became of it.
    var images: [String: ImageChange] = [:]

    /// The id the element was given in its source: its `id`, or the `name` of an anchor (obsolete
    /// in HTML, where it served as an id). `nil` for none or an empty one.
    static func originalID(of element: RawHTMLElement) -> String? {
        let id = element.attribute("id") ?? (element.name == "a" ? element.attribute("name") : nil)
        return id?.isEmpty == false ? id : nil
    }

    /// Gives the element `id` (or none), dropping an anchor's `name`: the id replaces it.
    static func setID(_ id: String?, on element: inout RawHTMLElement) {
        if element.name == "a" { element.setAttribute("name", nil) }
        element.setAttribute("id", id)
    }
}

/// The first pass over a chapter's raw HTML, run by rendering the chapter once with this hook
/// (its output unused): claims each raw element's id in the book's registry and embeds each raw
/// image, in book order, so that links anywhere in the book can find the ids.
final class RawHTMLPreparation: RawHTMLHook {
    private(set) var prepared = PreparedRawHTML()
    private let claim: (String) -> String
    private let embed: (_ source: String, _ alt: String) -> PreparedRawHTML.ImageChange

    /// `claim` makes an original id unique in the book; `embed` resolves an image's source.
    init(claim: @escaping (String) -> String, embed: @escaping (_ source: String, _ alt: String) -> PreparedRawHTML.ImageChange) {
        self.claim = claim
        self.embed = embed
    }

    func rewrite(_ element: inout RawHTMLElement) {
        if let original = PreparedRawHTML.originalID(of: element) {
            prepared.ids[original, default: []].append(claim(original))
        }
        if element.name == "img", let source = element.attribute("src") {
            prepared.images[source] = embed(source, element.attribute("alt") ?? "")
        }
    }
}

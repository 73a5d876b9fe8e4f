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
    /// Original id → the id the first element that had it was given: where a reference inside the
    /// chapter's raw HTML (an SVG's `xlink:href="#g"` or `fill="url(#g)"`, `aria-labelledby`) now points.
    var firstIDs: [String: String] = [:]

    /// Attributes holding references to ids of the same page: a list of ids, or `url(#id)`, or `#id`.
    static let idListAttributes: Set<String> = ["aria-labelledby", "aria-describedby", "aria-controls", "aria-owns"]
    static let paintAttributes: Set<String> = ["fill", "stroke", "clip-path", "mask", "filter", "marker-start",
                                               "marker-mid", "marker-end"]

    /// Points the element's same-page references at the ids their targets were given. An SVG
    /// reference to an id the chapter's raw HTML does not hold (a sprite left out of the book) is
    /// dropped, as it would dangle; an ARIA reference may name an id of the chapter's own markup
    /// and is left as it is.
    func rewriteReferences(of element: inout RawHTMLElement) {
        for (name, value) in element.attributes {
            if Self.idListAttributes.contains(name) {
                let ids = value.split(separator: " ").map { firstIDs[String($0)] ?? String($0) }
                element.setAttribute(name, ids.joined(separator: " "))
            } else if name == "xlink:href", value.hasPrefix("#") {
                element.setAttribute(name, firstIDs[String(value.dropFirst())].map { "#" + $0 })
            } else if Self.paintAttributes.contains(name), value.contains("url(#") {
                element.setAttribute(name, rewrittenPaint(value))
            }
        }
    }

    /// `value` with each `url(#id)` pointing at the id's new name; `nil` when one has no target.
    private func rewrittenPaint(_ value: String) -> String? {
        var out = "", rest = Substring(value)
        while let open = rest.range(of: "url(#") {
            out += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            let id = rest.prefix { $0 != ")" && $0 != "'" && $0 != "\"" && $0 != " " }
            guard let mapped = firstIDs[String(id)] else { return nil }
            out += mapped
            rest = rest.dropFirst(id.count)
        }
        return out + rest
    }

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
            let claimed = claim(original)
            prepared.ids[original, default: []].append(claimed)
            if prepared.firstIDs[original] == nil { prepared.firstIDs[original] = claimed }
        }
        if element.name == "img", let source = element.attribute("src") {
            prepared.images[source] = embed(source, element.attribute("alt") ?? "")
        }
    }
}

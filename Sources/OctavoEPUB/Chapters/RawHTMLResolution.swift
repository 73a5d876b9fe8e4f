import OctavoCore
import OctavoHTML

/// The second pass over a chapter's raw HTML, as the chapter is rendered: each element gets the
/// id the first pass claimed for it, each image its place in the book (or its stand-in text),
/// each link its target in the book, or no `href` when it has none.
final class RawHTMLResolution: RawHTMLHook {
    private var prepared: PreparedRawHTML
    private let link: (String) -> String?

    /// `link` gives a destination's final form, `nil` to drop it.
    init(_ prepared: PreparedRawHTML, link: @escaping (String) -> String?) {
        self.prepared = prepared
        self.link = link
    }

    func rewrite(_ element: inout RawHTMLElement) {
        // The first pass saw the same elements in the same order; an id it did not claim is dropped.
        var claimed: String?
        if let original = PreparedRawHTML.originalID(of: element), prepared.ids[original]?.isEmpty == false {
            claimed = prepared.ids[original]?.removeFirst()
        }
        PreparedRawHTML.setID(claimed, on: &element)
        prepared.rewriteReferences(of: &element)
        if let href = element.attribute("href") { element.setAttribute("href", link(href)) }
        if element.name == "img" {
            switch element.attribute("src").flatMap({ prepared.images[$0] }) {
            case let .source(source)?: element.setAttribute("src", source)
            case let .text(text)?: element.replacementText = text
            case nil: element.replacementText = element.attribute("alt") ?? ""
            }
        }
    }
}

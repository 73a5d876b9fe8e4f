/// What a writer changes in raw HTML as the one raw-HTML pass (``HTMLSanitizer``) writes it out:
/// the EPUB writer points URLs at the book's files and makes ids unique in the book; the HTML
/// writer needs no hook.
///
/// The hook sees each element that came from raw HTML and will be written, in document order,
/// after the `--raw-html` policy has removed what it forbids. Elements the HTML writer made from
/// the model are not shown to it. A class, so that it can keep what it learns across calls.
package protocol RawHTMLHook: AnyObject {
    func rewrite(_ element: inout RawHTMLElement)
}

/// One element of raw HTML as ``RawHTMLHook`` sees it: its name and attributes, which the hook
/// may change, or a text to write instead of the element and its content.
package struct RawHTMLElement {
    /// The tag name, lowercase.
    package let name: String
    /// The attributes left after the policy, in source order, each name once.
    package var attributes: [(name: String, value: String)]
    /// When set on a void element (`img`, `br`…), this text (escaped) is written in its place.
    package var replacementText: String?

    package init(name: String, attributes: [(name: String, value: String)]) {
        self.name = name
        self.attributes = attributes
    }

    /// The value of the attribute `name`, if present.
    package func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Sets attribute `name` to `value` (in place, or added at the end); `nil` removes it.
    package mutating func setAttribute(_ name: String, _ value: String?) {
        guard let value else {
            attributes.removeAll { $0.name == name }
            return
        }
        if let index = attributes.firstIndex(where: { $0.name == name }) {
            attributes[index].value = value
        } else {
            attributes.append((name, value))
        }
    }
}

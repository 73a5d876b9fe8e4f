import OctavoCore

extension HTMLWriter {
    /// The `src` of each `<img>` that `html` keeps under the `--raw-html sanitize` policy, in
    /// order: what the EPUB writer will embed from this raw piece. Found by the same libxml2 pass
    /// that writes raw HTML, so the two never disagree.
    package static func rawImageSources(in html: String) -> [String] {
        let collector = ImageSourceCollector()
        _ = HTMLSanitizer.sanitize(html, policy: .safe, phrasingOnly: false, xhtml: true,
                                   maxDepth: HTMLSanitizer.nestingLimit, context: nil, hook: collector)
        return collector.sources
    }
}

/// A ``RawHTMLHook`` that only notes image sources.
private final class ImageSourceCollector: RawHTMLHook {
    var sources: [String] = []

    func rewrite(_ element: inout RawHTMLElement) {
        if element.name == "img", let source = element.attribute("src") { sources.append(source) }
    }
}

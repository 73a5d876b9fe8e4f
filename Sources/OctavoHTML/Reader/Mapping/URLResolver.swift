import Foundation

/// Resolves link and image references against the page's base: `<base href>` (itself resolved
/// against the page URL), else the page URL from `--base-url`, else the canonical link.
/// Without any base, references stay as written.
///
/// Images do not resolve against the canonical link alone: a saved page's relative images are
/// files beside it, which writers embed, not addresses on the live site.
struct URLResolver {
    let base: URL?
    let imageBase: URL?

    init(baseHref: String?, pageURL: String?, canonical: String?) {
        base = Self.base(href: baseHref, page: pageURL ?? canonical)
        imageBase = Self.base(href: baseHref, page: pageURL)
    }

    private static func base(href: String?, page: String?) -> URL? {
        let page = page.flatMap { URL(string: $0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0.scheme == nil ? nil : $0 }
        if let href = href?.trimmingCharacters(in: .whitespaces), !href.isEmpty,
           let resolved = URL(string: href, relativeTo: page)?.absoluteURL, resolved.scheme != nil {
            return resolved
        }
        return page
    }

    /// An image source made absolute when the page's own base or `--base-url` is known.
    func resolveImage(_ reference: String) -> String {
        Self.resolve(reference, against: imageBase)
    }

    /// `reference` made absolute when a base is known. In-page anchors (`#note`) stay as they are.
    func resolve(_ reference: String) -> String {
        Self.resolve(reference, against: base)
    }

    private static func resolve(_ reference: String, against base: URL?) -> String {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let base, !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.hasPrefix("data:") else { return trimmed }
        guard let url = URL(string: trimmed, relativeTo: base) ?? URL(string: percentEncoded(trimmed), relativeTo: base) else {
            return trimmed
        }
        return url.absoluteString
    }

    /// Whether `reference` names a file on this machine (a relative path or a `file:` URL).
    static func isLocal(_ reference: String) -> Bool {
        if reference.hasPrefix("#") || reference.isEmpty || reference.hasPrefix("//") { return false }
        if reference.lowercased().hasPrefix("file:") { return true }
        guard let colon = reference.firstIndex(of: ":") else { return true }
        let scheme = reference[..<colon]
        return !scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) } || scheme.count == 1
    }

    private static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(CharacterSet(charactersIn: "#%"))) ?? text
    }
}

import OctavoHTML
import Foundation

/// The URLs inside raw HTML (`<a href>`, `<img src>`) that the model does not see: a book can only
/// keep links that resolve and images it embeds. The HTML writer's sanitizer parses what comes
/// out again, so this only has to find attribute values, not to understand all of HTML.
enum RawHTMLURLs {
    enum ImageChange { case source(String), text(String) }

    /// Whether `html` has anything to rewrite (a cheap test before the work).
    static func mentionsURLs(_ html: String) -> Bool {
        html.range(of: "href", options: .caseInsensitive) != nil || html.range(of: "<img", options: .caseInsensitive) != nil
            || html.range(of: "id", options: .caseInsensitive) != nil || html.range(of: "name", options: .caseInsensitive) != nil
    }

    /// `html` with each `href` value replaced by `link(value)` (the attribute dropped when it
    /// returns `nil`), each `<img>` given a new `src` or replaced by text, as `image(src, alt)` says,
    /// and each `id` (and an `<a name>`, which becomes an `id`) replaced by `id(value)`.
    static func rewrite(_ html: String, link: (String) -> String?, image: (String, String) -> ImageChange,
                        id: (String) -> String = { $0 }) -> String {
        let ns = html as NSString
        var out = ""
        var last = 0
        for match in tag.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: match.range.location - last))
            last = match.range.location + match.range.length
            let text = ns.substring(with: match.range)
            let name = ns.substring(with: match.range(at: 1)).lowercased()
            let named = rewriteIDs(text, anchor: name == "a", id)
            out += name == "img" ? rewriteImage(named, image) : rewriteLinks(named, link)
        }
        out += ns.substring(from: last)
        return out
    }

    private static let tag = try! NSRegularExpression(pattern: "<([A-Za-z][A-Za-z0-9-]*)\\b[^>]*>")
    private static let attribute = try! NSRegularExpression(
        pattern: #"(\s)(href|src|alt|id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"#, options: [.caseInsensitive])

    private static func attributes(_ tag: String) -> [(name: String, value: String, range: NSRange)] {
        let ns = tag as NSString
        return attribute.matches(in: tag, range: NSRange(location: 0, length: ns.length)).map { m in
            let value = (3...5).lazy.map { m.range(at: $0) }.first { $0.location != NSNotFound }.map { ns.substring(with: $0) } ?? ""
            return (ns.substring(with: m.range(at: 2)).lowercased(), decodeEntities(value), m.range)
        }
    }

    private static func rewriteLinks(_ tag: String, _ link: (String) -> String?) -> String {
        var result = tag as NSString
        for found in attributes(tag).reversed() where found.name == "href" {
            let replacement = link(found.value).map { " href=\"\(MarkupEscaping.escaped($0))\"" } ?? ""
            result = result.replacingCharacters(in: found.range, with: replacement) as NSString
        }
        return result as String
    }

    /// Ids made unique for the book; an anchor's `name` (obsolete in HTML) becomes its `id`.
    private static func rewriteIDs(_ tag: String, anchor: Bool, _ id: (String) -> String) -> String {
        let found = attributes(tag)
        let hasID = found.contains { $0.name == "id" }
        var result = tag as NSString
        for attribute in found.reversed() where attribute.name == "id" || attribute.name == "name" {
            let replacement: String
            if attribute.name == "id" || (anchor && !hasID) {
                replacement = attribute.value.isEmpty ? "" : " id=\"\(MarkupEscaping.escaped(id(attribute.value)))\""
            } else if anchor {
                replacement = ""
            } else {
                continue
            }
            result = result.replacingCharacters(in: attribute.range, with: replacement) as NSString
        }
        return result as String
    }

    private static func rewriteImage(_ tag: String, _ image: (String, String) -> ImageChange) -> String {
        let found = attributes(tag)
        let alt = found.first { $0.name == "alt" }?.value ?? ""
        guard let src = found.first(where: { $0.name == "src" }) else { return MarkupEscaping.escaped(alt) }
        switch image(src.value, alt) {
        case let .text(text): return MarkupEscaping.escaped(text)
        case let .source(href):
            return (tag as NSString).replacingCharacters(in: src.range, with: " src=\"\(MarkupEscaping.escaped(href))\"")
        }
    }

    /// The few entities attribute values commonly hold.
    private static func decodeEntities(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var out = value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        out = out.replacingOccurrences(of: "&amp;", with: "&")
        return out
    }
}

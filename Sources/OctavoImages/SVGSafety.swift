import Foundation

/// Whether an SVG file may go into a book: no script, no event handlers, no `javascript:` links,
/// no external references a reading system would fetch.
public enum SVGSafety {
    /// The reason `svg` is refused, or `nil` when it is safe to embed.
    public static func problem(in svg: Data) -> String? {
        let text = String(decoding: svg, as: UTF8.self).lowercased()
        if text.contains("<script") || text.contains(":script") { return "it contains a script" }
        if text.contains("javascript:") { return "it contains a javascript: link" }
        if text.contains("<foreignobject") { return "it embeds foreign (HTML) content" }
        if text.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil { return "it has event handler attributes" }
        if text.range(of: #"href\s*=\s*["']\s*(https?:|//|file:)"#, options: .regularExpression) != nil {
            return "it refers to external resources"
        }
        if text.range(of: #"url\(\s*["']?\s*(https?:|//|file:)"#, options: .regularExpression) != nil
            || text.range(of: #"@import"#, options: .regularExpression) != nil {
            return "its style refers to external resources"
        }
        if text.contains("<!entity") { return "it declares XML entities" }
        return nil
    }
}

/// The allow-list behind `--raw-html sanitize`: which elements, attributes and URLs survive.
///
/// Elements fall in three groups. Allowed elements are kept with their allowed attributes.
/// Dangerous or invisible elements (`script`, `style`, `iframe`, `object`, `embed`, forms and
/// their controls except a disabled checkbox, `template`…) are removed with everything inside them.
/// Presentation MathML is kept (it cannot script), without `annotation-xml` or links; inline SVG
/// is kept as ``SVGPolicy`` allows (drawing only: no script, no `foreignObject`, no outside
/// references). Any
/// other element (`font`, `center`, a custom tag) is unwrapped: its tags go, its content stays.
enum SanitizerPolicy {
    /// Inline (phrasing) elements: allowed anywhere, including inside a paragraph.
    static let phrasingElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "img", "ins",
        "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
        "u", "var", "wbr",
    ]

    /// Block (flow) elements: allowed in raw HTML blocks, unwrapped inside a paragraph.
    static let flowElements: Set<String> = [
        "address", "article", "aside", "blockquote", "caption", "col", "colgroup", "dd", "details", "div", "dl",
        "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]

    /// Removed together with their content.
    static let droppedElements: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param", "form", "input",
        "button", "select", "option", "optgroup", "textarea", "datalist", "output", "keygen", "title", "head", "meta",
        "link", "base", "template", "foreignobject", "animate", "set", "animatemotion", "animatetransform", "discard",
        "annotation-xml", "annotation", "noscript", "noframes", "noembed", "xmp", "plaintext", "canvas",
        "audio", "video", "source", "track", "portal", "slot", "dialog",
    ]

    /// Presentation MathML: allowed anywhere, like phrasing elements.
    static let mathElements: Set<String> = [
        "math", "mi", "mn", "mo", "ms", "mtext", "mspace", "mrow", "mfrac", "msqrt", "mroot", "mstyle", "merror",
        "mpadded", "mphantom", "mfenced", "menclose", "msub", "msup", "msubsup", "munder", "mover", "munderover",
        "mmultiscripts", "mprescripts", "none", "mtable", "mtr", "mlabeledtr", "mtd", "semantics",
    ]

    /// Attributes allowed on MathML elements (no `href`, no event handlers, no styles).
    static let mathAttributes: Set<String> = [
        "display", "displaystyle", "mathvariant", "mathsize", "scriptlevel", "stretchy", "fence", "separator",
        "accent", "accentunder", "lspace", "rspace", "movablelimits", "symmetric", "largeop", "linethickness",
        "notation", "columnalign", "rowalign", "columnspan", "rowspan", "width", "height", "depth", "open", "close",
        "separators", "form", "intent",
    ]

    /// The MathML namespace, written on every kept `math` element so XHTML readers know it.
    static let mathNamespace = "http://www.w3.org/1998/Math/MathML"

    /// Elements written as `<name />`.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Attributes allowed on every kept element (besides `aria-*` and `data-*`).
    static let globalAttributes: Set<String> = ["id", "class", "title", "lang", "dir", "role", "translate"]

    /// Attributes allowed on particular elements.
    static let elementAttributes: [String: Set<String>] = [
        "a": ["href", "hreflang", "rel", "name"],
        "img": ["src", "alt", "width", "height", "loading"],
        "td": ["colspan", "rowspan", "align", "headers", "scope"],
        "th": ["colspan", "rowspan", "align", "headers", "scope", "abbr"],
        "col": ["span", "align"], "colgroup": ["span", "align"],
        "ol": ["start", "reversed", "type"], "ul": ["type"], "li": ["value"],
        "blockquote": ["cite"], "q": ["cite"], "del": ["cite", "datetime"], "ins": ["cite", "datetime"],
        "time": ["datetime"], "data": ["value"], "details": ["open"], "bdo": ["dir"],
    ]

    /// A disabled checkbox (a task-list item's mark) is the one form control kept: it submits
    /// nothing and cannot be changed.
    static func isTaskCheckbox(_ node: HTMLTree.Node) -> Bool {
        node.name == "input" && node.attribute("type")?.lowercased() == "checkbox" && node.attribute("disabled") != nil
    }

    /// Attributes holding a URL, checked with ``isSafeURL(_:image:)``.
    static let urlAttributes: Set<String> = ["href", "src", "cite"]

    /// Whether `name` (with `value`) may stay on `element`.
    static func allows(attribute name: String, value: String, on element: String) -> Bool {
        if name.hasPrefix("on") { return false }
        if name == "style" {
            // Only the cell alignment the XHTML writer itself emits.
            return (element == "td" || element == "th")
                && ["text-align: left", "text-align: center", "text-align: right"].contains(value)
        }
        if element == "input" { return ["type", "checked", "disabled"].contains(name) }
        if mathElements.contains(element) { return name != "xmlns" && (mathAttributes.contains(name) || globalAttributes.contains(name)) }
        if globalAttributes.contains(name) { return true }
        if name.hasPrefix("aria-") || name.hasPrefix("data-") { return name.count > 5 }
        return elementAttributes[element]?.contains(name) ?? false
    }

    /// Whether a URL is harmless: not `javascript:`, `vbscript:`, `livescript:` or `file:`, and
    /// `data:` only for raster images (`data:image/png`, `jpeg`, `gif`, `webp`, `avif`, `bmp`)
    /// and only where an image is expected. Whitespace and control characters that browsers
    /// ignore inside a scheme (`java\tscript:`) are ignored here too.
    static func isSafeURL(_ url: String, image: Bool) -> Bool {
        var scheme = ""
        var afterScheme: String.UnicodeScalarView.Index?
        let scalars = url.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if scalar.value <= 0x20 { continue }
            if scalar == ":" {
                afterScheme = index
                break
            }
            let schemeCharacter = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || scalar == "+" || scalar == "-" || scalar == ".")
            guard schemeCharacter, scheme.unicodeScalars.count < 32 else { return true }
            scheme.unicodeScalars.append(scalar)
        }
        guard let afterScheme else { return true }
        switch scheme.lowercased() {
        case "javascript", "vbscript", "livescript", "file": return false
        case "data":
            guard image else { return false }
            let media = String(scalars[afterScheme...]).drop(while: { $0 == " " }).lowercased()
            return ["image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp", "image/avif", "image/bmp"]
                .contains { media.hasPrefix($0 + ";") || media.hasPrefix($0 + ",") }
        default: return true
        }
    }
}

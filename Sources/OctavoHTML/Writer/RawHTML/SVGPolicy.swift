/// The allow-list for inline SVG in raw HTML (a chart or diagram from a web page): drawing
/// elements and their presentation attributes, nothing that runs, fetches or embeds.
///
/// Dropped with their content: `script`, `style`, `foreignObject` (HTML inside SVG), the
/// animation elements (`set` and `animate` can rewrite a link into `javascript:`), and any
/// element not listed. An SVG `a` is unwrapped (its shapes stay, the link goes). No `on*`
/// handler, no `style` attribute. A reference (`href`, `xlink:href`) is kept only when it points
/// inside the page (`#id`), or on `image` when it is a `data:` raster image; it is written as
/// `xlink:href`, which SVG 1.1 and EPUB reading systems know. Paint and clip references
/// (`fill="url(#g)"`) must be local too. Names come back in SVG's camel case (`viewBox`,
/// `linearGradient`) after libxml2's HTML parser lowercased them.
enum SVGPolicy {
    static let namespace = "http://www.w3.org/2000/svg"
    static let xlinkNamespace = "http://www.w3.org/1999/xlink"

    /// SVG 1.1 elements kept (lowercase, as the parser gives them).
    static let elements: Set<String> = [
        "svg", "g", "defs", "symbol", "use", "title", "desc", "path", "rect", "circle", "ellipse", "line", "polyline",
        "polygon", "text", "tspan", "textpath", "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern",
        "marker", "image", "filter", "fegaussianblur", "feoffset", "feblend", "fecolormatrix", "fecomposite", "feflood",
        "femerge", "femergenode", "femorphology",
    ]

    /// Elements unwrapped inside SVG: their children stay.
    static let unwrapped: Set<String> = ["a", "switch"]

    /// Attributes kept on SVG elements besides ``globalAttributes`` (lowercase).
    static let attributes: Set<String> = [
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "width", "height", "d", "points",
        "transform", "viewbox", "preserveaspectratio", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
        "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset",
        "stroke-miterlimit", "opacity", "color", "font-family", "font-size", "font-weight", "font-style", "font-variant",
        "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing",
        "text-decoration", "dx", "dy", "rotate", "textlength", "lengthadjust", "startoffset", "offset", "stop-color",
        "stop-opacity", "gradientunits", "gradienttransform", "spreadmethod", "patternunits", "patterncontentunits",
        "patterntransform", "clippathunits", "clip-path", "clip-rule", "mask", "maskunits", "maskcontentunits",
        "markerwidth", "markerheight", "markerunits", "refx", "refy", "orient", "marker-start", "marker-mid",
        "marker-end", "visibility", "display", "pathlength", "shape-rendering", "text-rendering", "image-rendering",
        "filter", "filterunits", "primitiveunits", "stddeviation", "in", "in2", "result", "mode", "operator", "k1", "k2",
        "k3", "k4", "values", "type", "flood-color", "flood-opacity", "radius",
    ]

    /// Attributes kept on every SVG element (besides `aria-*`).
    static let globalAttributes: Set<String> = ["id", "class", "role"]

    /// Attributes whose value may hold a `url(…)` reference, which must then be local (`url(#id)`).
    static let paintAttributes: Set<String> = ["fill", "stroke", "clip-path", "mask", "filter", "marker-start",
                                               "marker-mid", "marker-end"]

    /// Whether attribute `name` (lowercase) with `value` may stay on the SVG element `element`.
    /// References (`href`, `xlink:href`) are decided by ``allowsReference(_:on:)``.
    static func allows(attribute name: String, value: String, on element: String) -> Bool {
        if name.hasPrefix("on") { return false }
        guard globalAttributes.contains(name) || attributes.contains(name) || (name.hasPrefix("aria-") && name.count > 5)
        else { return false }
        if paintAttributes.contains(name), value.lowercased().contains("url(") { return isLocalPaint(value) }
        return !value.lowercased().contains("javascript:")
    }

    /// Whether a reference may stay: `#id` anywhere, or a `data:` raster image on `image`.
    static func allowsReference(_ value: String, on element: String) -> Bool {
        let trimmed = value.drop { $0.isWhitespace }
        if trimmed.hasPrefix("#") { return trimmed.count > 1 && !trimmed.contains(where: \.isWhitespace) }
        return element == "image" && trimmed.lowercased().hasPrefix("data:") && SanitizerPolicy.isSafeURL(value, image: true)
    }

    /// Whether every `url(…)` in `value` points inside the page (`url(#g)`, `url('#g')`).
    static func isLocalPaint(_ value: String) -> Bool {
        var rest = Substring(value.lowercased())
        while let open = rest.range(of: "url(") {
            let inside = rest[open.upperBound...].drop { $0 == " " || $0 == "'" || $0 == "\"" }
            guard inside.hasPrefix("#") else { return false }
            rest = inside
        }
        return true
    }

    /// The name as SVG spells it (`viewBox` for `viewbox`).
    static func spelled(_ name: String) -> String { RawMarkup.svgNames[name] ?? name }
}

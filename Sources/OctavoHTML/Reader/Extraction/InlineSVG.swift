/// Which inline `svg` elements of an extracted article stay. A drawing (a chart, a diagram, a
/// map) stays, as raw HTML for the writers' sanitiser (``SVGPolicy``) to make safe. An
/// interface icon goes with the rest of the page's chrome: an `svg` drawn at text size (its
/// declared width and height, else its `viewBox`, at most ``maximumIconSize`` pixels), one with
/// no size at all, or one without shapes of its own (a `use` of the site's sprite). Without
/// extraction every `svg` is kept.
enum InlineSVG {
    /// Pixels an icon measures at most on its longer side.
    static let maximumIconSize = 48.0
    /// Elements that draw something.
    static let shapes: Set<String> = ["path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "image"]

    /// Whether the `svg` element at `index` is an interface icon rather than a drawing.
    static func isIcon(_ page: HTMLPage, _ index: Int, dropped: [Bool]) -> Bool {
        let end = page.tree.lastDescendant(of: index)
        let hasShape = (index...end).contains { page.isElement($0) && !dropped[$0] && shapes.contains(page.name($0)) }
        guard hasShape else { return true }
        let width = pixels(page.attribute(index, "width")), height = pixels(page.attribute(index, "height"))
        if let width, let height { return max(width, height) <= maximumIconSize }
        if let side = width ?? height { return side <= maximumIconSize }
        guard let box = page.attribute(index, "viewbox") else {
            // No size in pixels: a drawing set to a share of the page (`width="100%"`) stays.
            return page.attribute(index, "width") == nil && page.attribute(index, "height") == nil
        }
        let numbers = box.split { $0 == " " || $0 == "," }.compactMap { Double($0) }
        guard numbers.count == 4 else { return true }
        return max(numbers[2], numbers[3]) <= maximumIconSize
    }

    /// A length in pixels (`24`, `24px`, `1.5em` as 24); `nil` for a percentage or no value.
    static func pixels(_ value: String?) -> Double? {
        guard let value = value?.lowercased().filter({ !$0.isWhitespace }), !value.isEmpty, !value.hasSuffix("%") else { return nil }
        if value.hasSuffix("px") { return Double(value.dropLast(2)) }
        if value.hasSuffix("em") { return Double(value.dropLast(2)).map { $0 * 16 } }
        return Double(value)
    }
}

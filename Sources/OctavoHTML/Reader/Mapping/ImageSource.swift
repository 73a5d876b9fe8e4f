/// Picks the address of an image: the widest `srcset` candidate, lazy-loading attributes
/// (`data-src`, `data-srcset`, `data-original`, …) over a placeholder `src`.
enum ImageSource {
    static let lazyAttributes = ["data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src", "data-lazy"]

    /// The best source of the `img` at `index`, or `nil` when it has none worth keeping.
    static func best(_ page: HTMLPage, _ index: Int) -> String? {
        for attribute in ["srcset", "data-srcset", "data-lazy-srcset"] {
            if let set = page.attribute(index, attribute), let pick = bestCandidate(set) { return pick }
        }
        for attribute in lazyAttributes {
            if let value = page.attribute(index, attribute)?.trimmingWhitespace, !value.isEmpty, !isPlaceholder(value) { return value }
        }
        if let src = page.attribute(index, "src")?.trimmingWhitespace, !src.isEmpty, !isPlaceholder(src) { return src }
        return nil
    }

    /// The candidate of a `srcset` with the largest width or density descriptor.
    static func bestCandidate(_ srcset: String) -> String? {
        var best: (url: String, size: Double)?
        for candidate in srcset.split(separator: ",") {
            let parts = candidate.split(whereSeparator: \.isWhitespace)
            guard let url = parts.first.map(String.init), !url.isEmpty, !isPlaceholder(url) else { continue }
            var size = 1.0
            if let descriptor = parts.dropFirst().first, let number = Double(descriptor.dropLast()) {
                size = descriptor.hasSuffix("w") ? number : number * 1000
            }
            if best == nil || size > best!.size { best = (url, size) }
        }
        return best?.url
    }

    /// Tiny inline GIFs and spacer files that lazy loaders put in `src`.
    static func isPlaceholder(_ source: String) -> Bool {
        let lower = source.lowercased()
        if lower.hasPrefix("data:") { return lower.count < 200 || lower.hasPrefix("data:image/svg") }
        return ["spacer.gif", "blank.gif", "pixel.gif", "placeholder", "1x1.", "transparent.gif", "lazy-load", "grey.gif"]
            .contains { lower.contains($0) }
    }
}

extension String {
    var trimmingWhitespace: String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}

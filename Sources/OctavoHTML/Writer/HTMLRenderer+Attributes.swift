import OctavoCore

extension HTMLRenderer {
    /// Keys of ``Attributes/pairs`` written under their own name; every other key is written as
    /// `data-<key>` (so `speaker` becomes `data-speaker`).
    private static let htmlAttributeKeys: Set<String> = [
        "lang", "title", "dir", "role", "width", "height", "datetime", "cite", "translate", "hidden",
    ]

    /// Writes ` id="…" class="…"` and the pairs, sorted by name, leaving out `skipping` keys.
    /// The id is made unique within the output.
    mutating func writeAttributes(_ attributes: Attributes, extraClasses: [String] = [], skipping: Set<String> = []) {
        if let id = attributes.id, !id.isEmpty {
            out.attribute("id", ids.reserve(id))
        }
        var classes = extraClasses
        for name in attributes.classes where !classes.contains(name) { classes.append(name) }
        let classValue = classes.filter { !$0.isEmpty }.joined(separator: " ")
        if !classValue.isEmpty { out.attribute("class", classValue) }
        var written: [(String, String)] = []
        for (key, value) in attributes.pairs where !skipping.contains(key) {
            guard let name = Self.attributeName(for: key) else { continue }
            written.append((name, value))
            if name == "lang", out.xhtml { written.append(("xml:lang", value)) }
        }
        for (name, value) in written.sorted(by: { $0.0 < $1.0 }) { out.attribute(name, value) }
    }

    /// The HTML attribute a pair's key becomes, or `nil` when the key cannot be an attribute name.
    static func attributeName(for key: String) -> String? {
        let lower = key.lowercased()
        guard !lower.isEmpty, lower.utf8.allSatisfy({ byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }), lower.utf8.first.map({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) == true else { return nil }
        if lower.hasPrefix("on") { return "data-" + lower }
        if htmlAttributeKeys.contains(lower) || lower.hasPrefix("data-") || lower.hasPrefix("aria-") { return lower }
        return "data-" + lower
    }

    /// A boolean attribute: bare in HTML (`data-footnotes`), `name=""` in XHTML.
    mutating func booleanAttribute(_ name: String) {
        out.raw(out.xhtml ? " \(name)=\"\"" : " \(name)")
    }
}

import OctavoCore

/// Serialises an inline `svg` or `math` element back to markup, restoring the camel-case
/// names libxml2's HTML parser lowercases (`viewBox`, `preserveAspectRatio`, `linearGradient`).
enum RawMarkup {
    static let svgNames: [String: String] = Dictionary(uniqueKeysWithValues: [
        "viewBox", "preserveAspectRatio", "gradientUnits", "gradientTransform", "patternUnits", "patternContentUnits",
        "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits", "markerWidth", "markerHeight",
        "markerUnits", "refX", "refY", "spreadMethod", "stdDeviation", "textLength", "lengthAdjust", "startOffset",
        "baseFrequency", "numOctaves", "pathLength", "primitiveUnits", "filterUnits", "kernelMatrix", "tableValues",
        "xChannelSelector", "yChannelSelector", "diffuseConstant", "specularConstant", "specularExponent",
        "surfaceScale", "attributeName", "attributeType", "repeatCount", "repeatDur", "calcMode", "keyTimes",
        "keySplines", "keyPoints", "linearGradient", "radialGradient", "clipPath", "foreignObject", "textPath",
        "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix", "feComposite", "feFlood", "feMerge", "feMergeNode",
        "feMorphology", "feTurbulence", "feDropShadow", "animateTransform", "animateMotion",
    ].map { ($0.lowercased(), $0) })

    static func serialize(_ page: HTMLPage, _ root: Int, dropped: [Bool], maxDepth: Int) -> String {
        let isSVG = page.name(root) == "svg"
        var out = ""
        var stack: [(node: Int, closing: Bool, depth: Int)] = [(root, false, 0)]
        while let (node, closing, depth) = stack.popLast() {
            let name = page.name(node)
            let tag = isSVG ? svgNames[name] ?? name : name
            if closing { out += "</\(tag)>"; continue }
            switch page.tree.nodes[node].kind {
            case .text: out += MarkupEscaping.escaped(page.tree.nodes[node].text, forbidden: .replaced)
            case .comment: continue
            case .element:
                guard !dropped[node] || node == root else { continue }
                out += "<" + tag
                for (attribute, value) in page.tree.nodes[node].attributes {
                    let restored = isSVG ? svgNames[attribute] ?? attribute : attribute
                    out += " \(restored)=\"\(MarkupEscaping.escaped(value, forbidden: .replaced))\""
                }
                if node == root && page.attribute(node, "xmlns") == nil {
                    out += isSVG ? " xmlns=\"http://www.w3.org/2000/svg\"" : " xmlns=\"http://www.w3.org/1998/Math/MathML\""
                }
                out += ">"
                stack.append((node, true, depth))
                guard depth < maxDepth else { continue }
                for child in page.children(node).reversed() { stack.append((child, false, depth + 1)) }
            }
        }
        return out
    }
}

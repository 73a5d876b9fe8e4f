import Foundation
import OctavoCore

/// Parses raw HTML with libxml2 and writes it back: well-formed, and (with ``Policy/safe``)
/// holding only what ``SanitizerPolicy`` allows.
///
/// The parser closes unclosed tags and drops stray end tags; the walk over its tree is iterative,
/// so no input depth can exhaust the stack. Elements nested deeper than ``nestingLimit`` are
/// unwrapped (their content kept), which keeps the output within what XML parsers accept.
///
/// This is the one pass over raw HTML: the HTML writer runs it on raw pieces (and on whole runs
/// that hold some), and the EPUB writer runs it through the same renderer with a
/// ``RawHTMLHook`` that rewrites URLs and ids as each raw element is written.
enum HTMLSanitizer {
    enum Policy: Sendable, Hashable {
        /// The allow-list: safe elements, attributes and URLs only.
        case safe
        /// Every element and attribute with a valid name; only well-formedness is repaired.
        case permissive
    }

    /// Raw HTML nested deeper than this (in elements) is unwrapped.
    static let nestingLimit = 64

    private enum Step {
        case enter(node: Int, depth: Int, inSVG: Bool)
        case close(String)
    }

    private enum Decision { case keep, unwrap, drop }

    /// Which parts of the input are raw HTML (the hook sees only those).
    enum RawRegions {
        /// All of it.
        case whole
        /// What lies between ``rawStart`` and ``rawEnd`` comments: a run the writer rendered
        /// from the model with raw pieces in it.
        case marked
    }

    /// Comments the renderer puts around each raw piece of a ``RawRegions/marked`` run; never written.
    static let rawStart = "<!--octavo-raw-->", rawEnd = "<!--/octavo-raw-->"
    private static let rawStartText = "octavo-raw", rawEndText = "/octavo-raw"

    /// `piece` made unable to pass for a marker (a raw piece that spells one would hide its
    /// elements from the hook).
    static func unmarked(_ piece: String) -> String {
        piece.contains(rawStartText) ? piece.replacingOccurrences(of: rawStartText, with: "octavo_raw") : piece
    }

    /// `html`, re-serialized. `phrasingOnly` unwraps block elements (raw HTML inside a
    /// paragraph must not open a `<div>` there).
    /// `hook`, when given, rewrites each kept element of the raw parts (`regions`) before it is written.
    static func sanitize(_ html: String, policy: Policy, phrasingOnly: Bool, xhtml: Bool, maxDepth: Int,
                         context: ConversionContext?, hook: (any RawHTMLHook)? = nil,
                         regions: RawRegions = .whole) -> String {
        var out = HTMLBuffer(xhtml: xhtml, capacity: html.utf8.count)
        guard let tree = try? HTMLParser.parseFragment(html) else {
            out.text(html)
            return out.string
        }
        let limit = min(nestingLimit, max(1, maxDepth))
        var removed: Set<String> = []
        var inRaw = regions == .whole
        var stack: [Step] = tree[tree.root].children.reversed().map { .enter(node: $0, depth: 0, inSVG: false) }
        while let step = stack.popLast() {
            switch step {
            case let .close(name):
                out.raw("</\(name)>")
            case let .enter(index, depth, parentInSVG):
                let node = tree[index]
                let inSVG = parentInSVG || (node.kind == .element && node.name == "svg")
                switch node.kind {
                case .text:
                    out.text(node.text)
                case .comment where regions == .marked && (node.text == rawStartText || node.text == rawEndText):
                    inRaw = node.text == rawStartText
                case .comment:
                    if policy == .permissive {
                        out.raw("<!--")
                        out.text(node.text.replacingOccurrences(of: "--", with: "- -"))
                        out.raw("-->")
                    }
                case .element:
                    var decision = inSVG ? decideInSVG(node, policy: policy) : decide(node, policy: policy, phrasingOnly: phrasingOnly)
                    if decision == .drop { removed.insert("<\(node.name)>") }
                    if decision == .keep && depth >= limit {
                        decision = .unwrap
                        removed.insert("nesting deeper than \(limit)")
                    }
                    switch decision {
                    case .drop:
                        continue
                    case .unwrap:
                        stack.append(contentsOf: node.children.reversed().map { .enter(node: $0, depth: depth, inSVG: inSVG) })
                    case .keep:
                        let attributes = inSVG ? allowedSVGAttributes(of: node, policy: policy, removed: &removed)
                            : allowedAttributes(of: node, policy: policy, removed: &removed)
                        var element = RawHTMLElement(name: node.name, attributes: attributes)
                        if inRaw, let hook {
                            hook.rewrite(&element)
                            if let text = element.replacementText, SanitizerPolicy.voidElements.contains(node.name) {
                                out.text(text)
                                continue
                            }
                        }
                        let tag = inSVG ? SVGPolicy.spelled(node.name) : node.name
                        out.raw("<" + tag)
                        writeAttributes(element, to: &out)
                        if SanitizerPolicy.voidElements.contains(node.name) && !inSVG {
                            out.raw(" />")
                        } else {
                            out.raw(">")
                            stack.append(.close(tag))
                            stack.append(contentsOf: node.children.reversed().map { .enter(node: $0, depth: depth + 1, inSVG: inSVG) })
                        }
                    }
                }
            }
        }
        if !removed.isEmpty, let context {
            context.report(.warning, "raw HTML sanitized, removed: " + removed.sorted().joined(separator: ", "),
                           source: "html.sanitize")
        }
        return out.string
    }

    /// Whether `url` may be written: see ``SanitizerPolicy/isSafeURL(_:image:)``.
    static func isSafeURL(_ url: String, image: Bool) -> Bool { SanitizerPolicy.isSafeURL(url, image: image) }

    private static func decide(_ node: HTMLTree.Node, policy: Policy, phrasingOnly: Bool) -> Decision {
        let name = node.name
        switch policy {
        case .permissive:
            return isXMLName(name) && name != "html" && name != "body" && name != "#fragment" ? .keep : .unwrap
        case .safe:
            if SanitizerPolicy.isTaskCheckbox(node) { return .keep }
            if SanitizerPolicy.droppedElements.contains(name) { return .drop }
            if SanitizerPolicy.phrasingElements.contains(name) || SanitizerPolicy.mathElements.contains(name) { return .keep }
            if SanitizerPolicy.flowElements.contains(name) { return phrasingOnly ? .unwrap : .keep }
            return .unwrap
        }
    }

    /// What becomes of an element inside `svg`: see ``SVGPolicy``.
    private static func decideInSVG(_ node: HTMLTree.Node, policy: Policy) -> Decision {
        switch policy {
        case .permissive:
            return isXMLName(node.name) ? .keep : .unwrap
        case .safe:
            if SVGPolicy.elements.contains(node.name) { return .keep }
            return SVGPolicy.unwrapped.contains(node.name) ? .unwrap : .drop
        }
    }

    /// The attributes of an SVG element that may be written, spelled as SVG spells them; a local
    /// reference (`href` or `xlink:href`) is written as `xlink:href`.
    private static func allowedSVGAttributes(of node: HTMLTree.Node, policy: Policy,
                                             removed: inout Set<String>) -> [(name: String, value: String)] {
        var seen: Set<String> = []
        var kept: [(name: String, value: String)] = []
        for (name, value) in node.attributes {
            let lower = name.lowercased()
            if lower == "href" || lower == "xlink:href" {
                guard !seen.contains("xlink:href") else { continue }
                if policy == .safe, !SVGPolicy.allowsReference(value, on: node.name) {
                    removed.insert("unsafe \(lower) URL")
                    continue
                }
                seen.insert("xlink:href")
                kept.append(("xlink:href", value))
                continue
            }
            guard isXMLName(name), !seen.contains(lower) else { continue }
            seen.insert(lower)
            if policy == .safe, !SVGPolicy.allows(attribute: lower, value: value, on: node.name) {
                if lower.hasPrefix("on") || lower == "style" { removed.insert("\(lower)=") }
                continue
            }
            kept.append((SVGPolicy.spelled(lower), value))
        }
        return kept
    }

    /// The node's attributes that may be written: valid names, each once, and (``Policy/safe``)
    /// only those ``SanitizerPolicy`` allows.
    private static func allowedAttributes(of node: HTMLTree.Node, policy: Policy,
                                          removed: inout Set<String>) -> [(name: String, value: String)] {
        var seen: Set<String> = []
        var kept: [(name: String, value: String)] = []
        for (name, value) in node.attributes where isXMLName(name) && !seen.contains(name) {
            seen.insert(name)
            if policy == .safe {
                guard SanitizerPolicy.allows(attribute: name, value: value, on: node.name) else {
                    if name.hasPrefix("on") || name == "style" { removed.insert("\(name)=") }
                    continue
                }
                if SanitizerPolicy.urlAttributes.contains(name),
                   !SanitizerPolicy.isSafeURL(value, image: node.name == "img" && name == "src") {
                    removed.insert("unsafe \(name) URL")
                    continue
                }
            }
            kept.append((name, value))
        }
        return kept
    }

    private static func writeAttributes(_ element: RawHTMLElement, to out: inout HTMLBuffer) {
        // XHTML ids must be XML names (EPUB checkers insist); valid ones are left as they are.
        var kept = element.attributes.map { ($0.name, out.xhtml && $0.name == "id" ? IDRegistry.xmlName($0.value) : $0.value) }
        if element.name == "math" {
            kept.removeAll { $0.0 == "xmlns" }
            kept.append(("xmlns", SanitizerPolicy.mathNamespace))
        }
        if element.name == "svg" {
            kept.removeAll { $0.0 == "xmlns" || $0.0 == "xmlns:xlink" }
            kept.append(("xmlns", SVGPolicy.namespace))
            // Declared on every `svg`, so the `xlink:href` of any shape inside is in its namespace.
            kept.append(("xmlns:xlink", SVGPolicy.xlinkNamespace))
        }
        for (name, value) in kept.sorted(by: { $0.0 < $1.0 }) { out.attribute(name, value) }
    }

    /// `[A-Za-z_][A-Za-z0-9_.-]*`: a name every HTML and XML parser accepts (no namespace prefix).
    static func isXMLName(_ name: String) -> Bool {
        guard let first = name.utf8.first, isNameStart(first) else { return false }
        return name.utf8.allSatisfy { isNameStart($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
            || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }
}

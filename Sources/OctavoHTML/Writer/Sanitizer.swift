import Foundation
import OctavoCore

/// Parses raw HTML with libxml2 and writes it back: well-formed, and (with ``Policy/safe``)
/// holding only what ``SanitizerPolicy`` allows.
///
/// The parser closes unclosed tags and drops stray end tags; the walk over its tree is iterative,
/// so no input depth can exhaust the stack. Elements nested deeper than ``nestingLimit`` are
/// unwrapped (their content kept), which keeps the output within what XML parsers accept.
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
        case enter(node: Int, depth: Int)
        case close(String)
    }

    private enum Decision { case keep, unwrap, drop }

    /// `html`, re-serialized. `phrasingOnly` unwraps block elements (raw HTML inside a
    /// paragraph must not open a `<div>` there).
    static func sanitize(_ html: String, policy: Policy, phrasingOnly: Bool, xhtml: Bool, maxDepth: Int,
                         context: ConversionContext?) -> String {
        var out = HTMLBuffer(xhtml: xhtml, capacity: html.utf8.count)
        guard let tree = try? HTMLParser.parseFragment(html) else {
            out.text(html)
            return out.string
        }
        let limit = min(nestingLimit, max(1, maxDepth))
        var removed: Set<String> = []
        var stack: [Step] = tree[tree.root].children.reversed().map { .enter(node: $0, depth: 0) }
        while let step = stack.popLast() {
            switch step {
            case let .close(name):
                out.raw("</\(name)>")
            case let .enter(index, depth):
                let node = tree[index]
                switch node.kind {
                case .text:
                    out.text(node.text)
                case .comment:
                    if policy == .permissive {
                        out.raw("<!--")
                        out.text(node.text.replacingOccurrences(of: "--", with: "- -"))
                        out.raw("-->")
                    }
                case .element:
                    var decision = decide(node, policy: policy, phrasingOnly: phrasingOnly)
                    if decision == .drop { removed.insert("<\(node.name)>") }
                    if decision == .keep && depth >= limit {
                        decision = .unwrap
                        removed.insert("nesting deeper than \(limit)")
                    }
                    switch decision {
                    case .drop:
                        continue
                    case .unwrap:
                        stack.append(contentsOf: node.children.reversed().map { .enter(node: $0, depth: depth) })
                    case .keep:
                        out.raw("<" + node.name)
                        writeAttributes(of: node, policy: policy, to: &out, removed: &removed)
                        if SanitizerPolicy.voidElements.contains(node.name) {
                            out.raw(" />")
                        } else {
                            out.raw(">")
                            stack.append(.close(node.name))
                            stack.append(contentsOf: node.children.reversed().map { .enter(node: $0, depth: depth + 1) })
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

    private static func writeAttributes(of node: HTMLTree.Node, policy: Policy, to out: inout HTMLBuffer,
                                        removed: inout Set<String>) {
        var seen: Set<String> = []
        var kept: [(String, String)] = []
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
            // XHTML ids must be XML names (EPUB checkers insist); valid ones are left as they are.
            kept.append((name, out.xhtml && name == "id" ? IDRegistry.xmlName(value) : value))
        }
        if node.name == "math" {
            kept.removeAll { $0.0 == "xmlns" }
            kept.append(("xmlns", SanitizerPolicy.mathNamespace))
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

import Foundation
internal import CLibXML2

/// libxml2's HTML parser, recovering from any input, never touching the network, and handing
/// back an ``HTMLTree``. This file is the only one that sees libxml2's types.
package enum HTMLParser {
    /// libxml2 is initialised once, before the first parse, from any thread.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    private static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
        | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        | Int32(XML_PARSE_HUGE.rawValue) | Int32(XML_PARSE_NONET.rawValue)

    /// Parses a whole page. `encoding` (an IANA name such as `UTF-8` or `windows-1252`) overrides
    /// what the page declares (its `<meta charset>` is then ignored); `nil` lets libxml2 read the
    /// BOM and `<meta charset>`.
    package static func parseDocument(_ data: Data, encoding: String? = nil) throws -> HTMLTree {
        _ = initialised
        let data = AttributeFlood.capped(data) ?? data  // libxml2 is quadratic in attributes per tag
        guard !data.isEmpty else { return HTMLTree(nodes: [Self.element("html")]) }
        let flags = encoding == nil ? options : options | Int32(HTML_PARSE_IGNORE_ENC.rawValue)
        let doc: htmlDocPtr? = data.withUnsafeBytes { raw -> htmlDocPtr? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlReadMemory(base, Int32(clamping: raw.count), nil, encoding, flags)
        }
        guard let doc else { throw ParseFailure() }
        defer { xmlFreeDoc(doc) }
        guard let rootElement = xmlDocGetRootElement(doc) else { return HTMLTree(nodes: [Self.element("html")]) }
        return convert(rootElement)
    }

    /// Parses an HTML fragment (raw HTML from Markdown, say). The tree's root is a synthetic
    /// `#fragment` element holding what the fragment's body held.
    package static func parseFragment(_ html: String) throws -> HTMLTree {
        let wrapped = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>"
        let page = try parseDocument(Data(wrapped.utf8), encoding: "UTF-8")
        var nodes = [Self.element("#fragment")]
        guard let body = page.firstElement(named: "body") else { return HTMLTree(nodes: nodes) }
        // Re-root the body's subtree under the fragment node, renumbering iteratively.
        var stack: [(old: Int, newParent: Int)] = page[body].children.reversed().map { ($0, 0) }
        var pending: [(parent: Int, child: Int)] = []
        while let (old, newParent) = stack.popLast() {
            var node = page[old]
            node.parent = newParent
            let children = node.children
            node.children = []
            nodes.append(node)
            let index = nodes.count - 1
            pending.append((newParent, index))
            for child in children.reversed() { stack.append((child, index)) }
        }
        for (parent, child) in pending { nodes[parent].children.append(child) }
        return HTMLTree(nodes: nodes)
    }

    /// Copies libxml2's tree into an arena, following sibling and parent links (no recursion).
    /// Each kept element's arena index is noted in its node's `_private` field, which libxml2
    /// leaves to applications (a dictionary from node to index was a quarter of this copy).
    private static func convert(_ rootElement: xmlNodePtr) -> HTMLTree {
        var nodes: [HTMLTree.Node] = []
        func index(of node: xmlNodePtr) -> Int? { node.pointee._private.map { Int(bitPattern: $0) - 1 } }
        var current: xmlNodePtr? = rootElement
        while let node = current {
            node.pointee._private = nil
            let parentIndex = node == rootElement ? nil : node.pointee.parent.flatMap(index(of:))
            var kept = false
            if let made = makeNode(node, parent: parentIndex) {
                nodes.append(made)
                let index = nodes.count - 1
                if let parentIndex { nodes[parentIndex].children.append(index) }
                if made.kind == .element {
                    node.pointee._private = UnsafeMutableRawPointer(bitPattern: index + 1)
                    kept = true
                }
            }
            // Next in document order: first child (of elements we kept), else next sibling, else an ancestor's sibling.
            if kept, let child = node.pointee.children {
                current = child
                continue
            }
            var climb: xmlNodePtr? = node
            current = nil
            while let c = climb, c != rootElement {
                if let sibling = c.pointee.next { current = sibling; break }
                climb = c.pointee.parent
            }
        }
        return HTMLTree(nodes: nodes)
    }

    private static func makeNode(_ node: xmlNodePtr, parent: Int?) -> HTMLTree.Node? {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0) }?.lowercased() ?? ""
            var attributes: [(name: String, value: String)] = []
            var attribute = node.pointee.properties
            while let a = attribute {
                let attributeName = a.pointee.name.map { String(cString: $0) } ?? ""
                var value = ""
                var part = a.pointee.children
                while let p = part {
                    if let content = p.pointee.content { value += String(cString: content) }
                    part = p.pointee.next
                }
                attributes.append((attributeName.lowercased(), value))
                attribute = a.pointee.next
            }
            return HTMLTree.Node(kind: .element, name: name, attributes: attributes, text: "", parent: parent, children: [])
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            let text = node.pointee.content.map { String(cString: $0) } ?? ""
            return HTMLTree.Node(kind: .text, name: "", attributes: [], text: text, parent: parent, children: [])
        case XML_COMMENT_NODE:
            let text = node.pointee.content.map { String(cString: $0) } ?? ""
            return HTMLTree.Node(kind: .comment, name: "", attributes: [], text: text, parent: parent, children: [])
        default:
            return nil
        }
    }

    private static func element(_ name: String) -> HTMLTree.Node {
        HTMLTree.Node(kind: .element, name: name, attributes: [], text: "", parent: nil, children: [])
    }

    /// libxml2 could not make a document at all (it recovers from almost anything).
    package struct ParseFailure: Error {}
}

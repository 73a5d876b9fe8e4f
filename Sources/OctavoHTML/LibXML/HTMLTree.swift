/// A parsed HTML document as plain Swift values: a flat arena of nodes addressed by index.
///
/// The arena makes every walk iterative (no recursion), so documents with 100,000 nested
/// elements are ordinary input. Element and attribute names are lowercase, as libxml2's HTML
/// parser gives them.
package struct HTMLTree: Sendable {
    package enum Kind: Sendable, Hashable { case element, text, comment }

    package struct Node: Sendable {
        package var kind: Kind
        /// The element's tag name (lowercase); empty for text and comments.
        package var name: String
        /// Attributes in source order.
        package var attributes: [(name: String, value: String)]
        /// Text or comment content; empty for elements.
        package var text: String
        /// The parent's index; `nil` for the root.
        package var parent: Int?
        /// Children's indices, in order.
        package var children: [Int]

        /// The value of the attribute `name`, if present.
        package func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// All nodes; index 0 is the root element (`html`, or a synthetic `#fragment` element).
    package var nodes: [Node]

    package var root: Int { 0 }

    package subscript(index: Int) -> Node {
        get { nodes[index] }
        set { nodes[index] = newValue }
    }

    /// Indices of the subtree under `index` (itself included), in document order. Iterative.
    package func descendants(of index: Int) -> [Int] {
        var out: [Int] = []
        var stack = [index]
        while let next = stack.popLast() {
            out.append(next)
            stack.append(contentsOf: nodes[next].children.reversed())
        }
        return out
    }

    /// The first element called `name` in document order under `index`.
    package func firstElement(named name: String, under index: Int = 0) -> Int? {
        descendants(of: index).first { nodes[$0].kind == .element && nodes[$0].name == name }
    }

    /// Every element called `name` under `index`, in document order.
    package func elements(named name: String, under index: Int = 0) -> [Int] {
        descendants(of: index).filter { nodes[$0].kind == .element && nodes[$0].name == name }
    }

    /// The text content of the subtree under `index`, concatenated.
    package func textContent(of index: Int) -> String {
        var out = ""
        for i in descendants(of: index) where nodes[i].kind == .text { out += nodes[i].text }
        return out
    }

    /// How deep `index` is (the root is 0).
    package func depth(of index: Int) -> Int {
        var depth = 0, current = nodes[index].parent
        while let p = current { depth += 1; current = nodes[p].parent }
        return depth
    }
}

/// A parsed page with the lookups every reading stage needs: tag names, attributes, the
/// `head` and `body` elements. Wraps ``HTMLTree`` without copying it.
struct HTMLPage {
    let tree: HTMLTree
    /// The `body` element (the root when the page has none).
    let body: Int
    /// The `head` element, if any.
    let head: Int?

    /// Elements of the names metadata and link handling look up, in document order.
    private let indexed: [String: [Int]]
    static let indexedNames: Set<String> = ["title", "meta", "script", "link", "base", "h1", "h2", "time"]

    init(_ tree: HTMLTree) {
        self.tree = tree
        var body: Int?, head: Int?
        for child in tree[tree.root].children where tree[child].kind == .element {
            if tree[child].name == "body" { body = child }
            if tree[child].name == "head" { head = child }
        }
        self.body = body ?? tree.root
        self.head = head
        var indexed: [String: [Int]] = [:]
        for (i, node) in tree.nodes.enumerated() where node.kind == .element && Self.indexedNames.contains(node.name) {
            indexed[node.name, default: []].append(i)
        }
        self.indexed = indexed
    }

    var count: Int { tree.nodes.count }

    /// The element's tag name; empty for text and comments.
    func name(_ index: Int) -> String { tree.nodes[index].name }

    func isElement(_ index: Int) -> Bool { tree.nodes[index].kind == .element }

    func isText(_ index: Int) -> Bool { tree.nodes[index].kind == .text }

    func attribute(_ index: Int, _ name: String) -> String? { tree.nodes[index].attribute(name) }

    func children(_ index: Int) -> [Int] { tree.nodes[index].children }

    func parent(_ index: Int) -> Int? { tree.nodes[index].parent }

    /// `class` and `id` joined, the string class/id heuristics look at.
    func classAndID(_ index: Int) -> String {
        let node = tree.nodes[index]
        let cls = node.attribute("class") ?? "", id = node.attribute("id") ?? ""
        return id.isEmpty ? cls : cls + " " + id
    }

    /// Whether some ancestor of `index` (not itself) is called `name`, looking at most `limit` levels up.
    func hasAncestor(_ index: Int, named name: String, limit: Int = 64) -> Bool {
        var current = parent(index), steps = 0
        while let p = current, steps < limit {
            if self.name(p) == name { return true }
            current = parent(p)
            steps += 1
        }
        return false
    }

    /// The text under `index` with whitespace collapsed, skipping nodes marked in `dropped`.
    func text(of index: Int, dropped: [Bool]? = nil) -> String {
        var out = ""
        var stack = [index]
        while let next = stack.popLast() {
            if let dropped, dropped[next] { continue }
            let node = tree.nodes[next]
            if node.kind == .text { out += node.text } else if node.kind == .element { stack.append(contentsOf: node.children.reversed()) }
        }
        return Whitespace.collapse(out)
    }

    /// Every element in document order (indices ascend in document order).
    func elements(named name: String, under index: Int? = nil) -> [Int] {
        if let all = indexed[name] {
            guard let index else { return all }
            let end = tree.lastDescendant(of: index)
            return all.filter { $0 >= index && $0 <= end }
        }
        return tree.elements(named: name, under: index ?? tree.root)
    }
}

/// HTML whitespace handling.
enum Whitespace {
    /// Whether `scalar` is whitespace HTML collapses (ASCII space, tab, newlines, form feed) or a
    /// Unicode space separator.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: true
        case 0x00..<0x80: false
        default: scalar.properties.isWhitespace && scalar.value != 0xA0
        }
    }

    /// Runs of whitespace become one space; leading and trailing whitespace is removed.
    /// Works on the UTF-8 bytes: only a non-ASCII character is decoded, to ask whether it is a space.
    static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let space = length == 1 ? isSpace(Unicode.Scalar(lead)) : isSpace(scalar(bytes, at: i, length: length))
                if space {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    if length == 1 { out.append(lead) } else { out.append(contentsOf: bytes[i..<i + length]) }
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The character whose `length` UTF-8 bytes (2–4, valid: they come from a `String`) start at `i`.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Unicode.Scalar {
        var value = UInt32(bytes[i]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value) ?? " "
    }
}

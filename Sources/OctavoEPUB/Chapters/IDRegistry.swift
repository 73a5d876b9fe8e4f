/// The book's element ids: each made a valid XML name, unique across the whole book, and
/// remembered by its original spelling so `#fragment` links can find the file it ended up in.
struct IDRegistry {
    /// A file, and the element in it (`nil`: the top of the file).
    struct Target: Hashable { var file: String; var id: String? }

    /// Source ids starting with this get `id-` before them, so they never meet the ids the HTML writer makes for notes.
    let reservedPrefix: String

    init(reservedPrefix: String) { self.reservedPrefix = reservedPrefix }

    private var used: Set<String> = []
    /// (document index, original id) → where it lives now. The first claim of an id wins.
    private var targets: [String: Target] = [:]
    private var generated = 0


    /// A unique, valid id for an element whose source id was `original`, in `file`.
    mutating func claim(_ original: String, document: Int, file: String) -> String {
        var id = Self.sanitized(original)
        if id.hasPrefix(reservedPrefix) { id = "id-" + id }
        if used.contains(id) {
            var n = 2
            while used.contains("\(id)-\(n)") { n += 1 }
            id = "\(id)-\(n)"
        }
        used.insert(id)
        let key = "\(document)\u{0}\(original)"
        if targets[key] == nil { targets[key] = Target(file: file, id: id) }
        return id
    }

    /// Makes links to `original` in `document` lead to the top of `file` (a chapter's title).
    mutating func registerFileTarget(_ original: String, document: Int, file: String) {
        let key = "\(document)\u{0}\(original)"
        if targets[key] == nil { targets[key] = Target(file: file, id: nil) }
    }

    /// A fresh id for an element that had none (a heading the navigation must point to).
    mutating func generate(prefix: String) -> String {
        repeat { generated += 1 } while used.contains("\(prefix)-\(generated)")
        let id = "\(prefix)-\(generated)"
        used.insert(id)
        return id
    }

    /// Where the element that document `document` called `original` now lives.
    func target(of original: String, document: Int) -> Target? { targets["\(document)\u{0}\(original)"] }

    /// `raw` as an XML name: characters that are not letters, ASCII digits, `-`, `_` or `.`
    /// become `-`, and a name that cannot start as it is gets `id-` before it. The result is
    /// also left unchanged by the HTML writer's own id cleaning.
    static func sanitized(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            let asciiDigit = scalar.value >= 0x30 && scalar.value <= 0x39
            let legal = scalar == "-" || scalar == "_" || scalar == "." || asciiDigit
                || (scalar.properties.isAlphabetic && isXMLNameStart(scalar))
            out.append(legal ? scalar : "-")
        }
        var id = String(out)
        if let first = id.unicodeScalars.first, first == "_" || (first.properties.isAlphabetic && isXMLNameStart(first)) {
            return id
        }
        id = "id-" + id
        return id
    }

    /// XML 1.0 (fifth edition) NameStartChar, less `:`.
    private static func isXMLNameStart(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
             0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
             0x10000...0xEFFFF:
            true
        default: false
        }
    }
}

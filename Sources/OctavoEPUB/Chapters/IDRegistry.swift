/// The book's element ids: each made a valid XML name, unique across the whole book, and
/// remembered by its original spelling so `#fragment` links can find the file it ended up in.
struct IDRegistry {
    struct Target: Hashable { var file: String; var id: String }

    private var used: Set<String> = []
    /// (document index, original id) → where it lives now. The first claim of an id wins.
    private var targets: [String: Target] = [:]
    private var generated = 0

    /// Reserves ids this module writes itself.
    mutating func reserve(_ ids: [String]) { used.formUnion(ids) }

    /// A unique, valid id for an element whose source id was `original`, in `file`.
    mutating func claim(_ original: String, document: Int, file: String) -> String {
        var id = Self.sanitized(original)
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

    /// A fresh id for an element that had none (a heading the navigation must point to).
    mutating func generate(prefix: String) -> String {
        repeat { generated += 1 } while used.contains("\(prefix)-\(generated)")
        let id = "\(prefix)-\(generated)"
        used.insert(id)
        return id
    }

    /// Where the element that document `document` called `original` now lives.
    func target(of original: String, document: Int) -> Target? { targets["\(document)\u{0}\(original)"] }

    /// `raw` as an XML NCName: invalid characters become `-`, and a name that cannot start as it is gets `id-` before it.
    static func sanitized(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            out.append(isNameCharacter(scalar) ? scalar : "-")
        }
        var id = String(out)
        if id.isEmpty || !isNameStart(id.unicodeScalars.first!) { id = "id-" + id }
        return id
    }

    private static func isNameStart(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
             0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
             0x10000...0xEFFFF:
            true
        default: false
        }
    }

    private static func isNameCharacter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x2D, 0x2E, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
        default: isNameStart(s)
        }
    }
}

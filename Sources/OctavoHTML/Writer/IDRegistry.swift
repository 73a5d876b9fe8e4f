/// The one place element ids are made: valid, unique within one output, and (for a book)
/// remembered by their original spelling so `#fragment` links can find where they ended up.
///
/// The HTML writer uses one per rendering (heading slugs, explicit ids); the EPUB writer uses one
/// per book (every id unique across chapters, each mapped to its chapter file).
package struct IDRegistry: Sendable {
    /// A file, and the element in it (`nil`: the top of the file).
    package struct Target: Hashable, Sendable {
        package var file: String
        package var id: String?
        package init(file: String, id: String?) { self.file = file; self.id = id }
    }

    /// Before a name that cannot start an XML name; `nil` leaves ids as they are (HTML5).
    let xmlPrefix: String?
    /// The number of the first duplicate's suffix (`intro-1` or `intro-2`).
    let firstSuffix: Int
    /// Claimed ids starting with this get ``xmlPrefix`` before them (ids the writer makes itself).
    let reservedPrefix: String?

    private var taken: Set<String> = []
    /// Ids that explicit attributes will claim later in the output: generated slugs avoid them.
    private var expected: Set<String> = []
    /// (document index, original id) → where it lives now. The first claim of an id wins.
    private var targets: [String: Target] = [:]
    private var generated = 0

    /// The HTML writer's registry: duplicates numbered from `-1`; with `xmlNames`, ids are XML
    /// names (`h-` before one that cannot start as it is).
    package init(xmlNames: Bool) {
        self.init(xmlPrefix: xmlNames ? "h-" : nil, firstSuffix: 1, reservedPrefix: nil)
    }

    /// A book's registry: XML names (`id-` before one that cannot start as it is, or that starts
    /// with `reservedPrefix`), duplicates numbered from `-2`.
    package init(reservedPrefix: String) {
        self.init(xmlPrefix: "id-", firstSuffix: 2, reservedPrefix: reservedPrefix)
    }

    private init(xmlPrefix: String?, firstSuffix: Int, reservedPrefix: String?) {
        self.xmlPrefix = xmlPrefix
        self.firstSuffix = firstSuffix
        self.reservedPrefix = reservedPrefix
    }

    /// A unique id from the text of a heading (GitHub's slug: lowercase; letters, digits, `-`
    /// and `_` kept; white space turned into `-`; the rest dropped). Avoids expected ids.
    package mutating func slug(for text: String) -> String {
        var slug = ""
        slug.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            if scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                slug.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "\t" || scalar == "\n" {
                slug.append("-")
            }
        }
        return unique(cleaned(slug), avoidingExpected: true)
    }

    /// Notes ids that explicit attributes will claim, so that slugs made earlier do not take them.
    package mutating func expect(_ ids: some Sequence<String>) {
        for id in ids { expected.insert(cleaned(id)) }
    }

    /// Records an id given explicitly, made valid and unique.
    package mutating func reserve(_ id: String) -> String { unique(cleaned(id)) }

    /// `candidate` if it is still free, else the first free `candidate-N`. Marks the result as taken.
    package mutating func unique(_ candidate: String, avoidingExpected: Bool = false) -> String {
        let base = candidate.isEmpty ? "section" : candidate
        var result = base
        var counter = firstSuffix - 1
        while taken.contains(result) || (avoidingExpected && expected.contains(result)) {
            counter += 1
            result = "\(base)-\(counter)"
        }
        taken.insert(result)
        return result
    }

    /// A unique, valid id for an element that document `document` called `original`, in `file`.
    package mutating func claim(_ original: String, document: Int, file: String) -> String {
        var id = cleaned(original)
        if let reservedPrefix, let xmlPrefix, id.hasPrefix(reservedPrefix) { id = xmlPrefix + id }
        id = unique(id)
        let key = "\(document)\u{0}\(original)"
        if targets[key] == nil { targets[key] = Target(file: file, id: id) }
        return id
    }

    /// Makes links to `original` in `document` lead to the top of `file` (a chapter's title).
    package mutating func registerFileTarget(_ original: String, document: Int, file: String) {
        let key = "\(document)\u{0}\(original)"
        if targets[key] == nil { targets[key] = Target(file: file, id: nil) }
    }

    /// A fresh id (`prefix-1`, `prefix-2`…) for an element that had none.
    package mutating func generate(prefix: String) -> String {
        repeat { generated += 1 } while taken.contains("\(prefix)-\(generated)")
        let id = "\(prefix)-\(generated)"
        taken.insert(id)
        return id
    }

    /// Where the element that document `document` called `original` now lives.
    package func target(of original: String, document: Int) -> Target? { targets["\(document)\u{0}\(original)"] }

    private func cleaned(_ id: String) -> String {
        xmlPrefix.map { Self.xmlName(id, prefix: $0) } ?? id
    }

    /// `id` as an XML name: characters that are not letters, ASCII digits, `-`, `_` or `.` become
    /// `-`, and a name that cannot start as it is gets `prefix` before it. A valid name is kept.
    package static func xmlName(_ id: String, prefix: String = "h-") -> String {
        var out = String.UnicodeScalarView()
        for scalar in id.unicodeScalars {
            let asciiDigit = scalar.value >= 0x30 && scalar.value <= 0x39
            let legal = scalar == "-" || scalar == "_" || scalar == "." || asciiDigit
                || (scalar.properties.isAlphabetic && isNameStart(scalar))
            out.append(legal ? scalar : "-")
        }
        let name = String(out)
        if let first = name.unicodeScalars.first, first == "_" || (first.properties.isAlphabetic && isNameStart(first)) {
            return name
        }
        return prefix + name
    }

    /// XML 1.0 (fifth edition) NameStartChar, less `:`.
    private static func isNameStart(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
             0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
             0x10000...0xEFFFF:
            true
        default: false
        }
    }
}

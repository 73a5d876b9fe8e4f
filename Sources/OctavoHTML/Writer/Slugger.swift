/// Makes heading ids: a slug of the heading's text, unique within one output.
///
/// The slug is GitHub's: lowercase, letters, digits, `-` and `_` kept, spaces turned into `-`,
/// everything else dropped. A slug already taken gets `-1`, `-2`… appended. In XML mode a slug
/// that does not start with a letter or `_` is prefixed with `h-`, so it is a valid XML name.
struct Slugger {
    private var taken: Set<String> = []
    /// Ids that explicit attributes will claim later in the output: generated slugs avoid them.
    private var expected: Set<String> = []
    let xmlNames: Bool

    init(xmlNames: Bool) { self.xmlNames = xmlNames }

    /// A unique id from the text of a heading.
    mutating func slug(for text: String) -> String {
        unique(Self.slug(text, xmlName: xmlNames), avoidingExpected: true)
    }

    /// Notes ids that explicit attributes will claim, so that generated slugs earlier in the
    /// output do not take them first.
    mutating func expect(_ ids: some Sequence<String>) {
        for id in ids { expected.insert(xmlNames ? Self.xmlName(id) : id) }
    }

    /// `candidate` if it is still free, else the first free `candidate-N`. Marks the result as taken.
    mutating func unique(_ candidate: String, avoidingExpected: Bool = false) -> String {
        let base = candidate.isEmpty ? "section" : candidate
        var result = base
        var counter = 0
        while taken.contains(result) || (avoidingExpected && expected.contains(result)) {
            counter += 1
            result = "\(base)-\(counter)"
        }
        taken.insert(result)
        return result
    }

    /// Records an id given explicitly, making it unique if it clashes.
    mutating func reserve(_ id: String) -> String {
        unique(xmlNames ? Self.xmlName(id) : id)
    }

    static func slug(_ text: String, xmlName: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            if scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "\t" || scalar == "\n" {
                out.append("-")
            }
        }
        return xmlName ? Self.xmlName(out) : out
    }

    /// `id` as a valid XML name: illegal characters become `-`, and a name that cannot start
    /// as it does gets an `h-` prefix.
    static func xmlName(_ id: String) -> String {
        var out = ""
        for scalar in id.unicodeScalars {
            let legal = scalar == "-" || scalar == "_" || scalar == "." || scalar.properties.isAlphabetic
                || (scalar.properties.numericType != nil && scalar.value < 0x80)
            out.unicodeScalars.append(legal ? scalar : "-")
        }
        if let first = out.unicodeScalars.first, first == "_" || (first.properties.isAlphabetic && first.value != 0xB7) {
            return out
        }
        return "h-" + out
    }
}

import OctavoCore

/// The footnotes met while writing, with the label each is written under, in order of first
/// reference. References that share a label share one note; a note without a label (from an
/// HTML page) gets the next free number. Labels stay unique across a whole compilation.
struct NoteTable {
    private(set) var pending: [(label: String, blocks: [Block])] = []
    private var written: [String: Int] = [:]
    private var used: Set<String> = []
    private var next = 1

    /// The label to write for a reference to `note`.
    mutating func label(for note: Footnote) -> String {
        if let label = note.label, Self.isUsable(label) {
            if let index = written[label] {
                if index >= 0, index < pending.count, pending[index].blocks.isEmpty { pending[index].blocks = note.blocks }
                return label
            }
            if !used.contains(label) { return add(label, note.blocks) }
        }
        while used.contains(String(next)) { next += 1 }
        return add(String(next), note.blocks)
    }

    private mutating func add(_ label: String, _ blocks: [Block]) -> String {
        used.insert(label)
        written[label] = pending.count
        pending.append((label, blocks))
        return label
    }

    /// Takes the notes not written yet; later references to them reuse their labels.
    mutating func takePending() -> [(label: String, blocks: [Block])] {
        let taken = pending
        pending = []
        for key in written.keys { written[key] = -1 }
        return taken
    }

    /// Labels Markdown reads back as written: no spaces, brackets or backslashes.
    private static func isUsable(_ label: String) -> Bool {
        !label.isEmpty && label.count <= 200
            && !label.unicodeScalars.contains { $0.properties.isWhitespace || $0 == "[" || $0 == "]" || $0 == "\\" }
    }
}

/// Link destinations written as references (`--reference-links`): one numbered label per
/// distinct destination and title, in order of first use.
struct LinkReferenceTable {
    struct Target: Hashable {
        var destination: String
        var title: String?
    }

    private(set) var pending: [(label: String, target: Target)] = []
    private var labels: [Target: String] = [:]

    mutating func label(for target: Target) -> String {
        if let label = labels[target] { return label }
        let label = String(labels.count + 1)
        labels[target] = label
        pending.append((label, target))
        return label
    }

    /// The definitions not written yet, as `[n]: destination "title"` lines.
    mutating func takeDefinitions() -> [String] {
        defer { pending = [] }
        return pending.map { entry in
            var line = "[\(entry.label)]: " + MarkdownSyntax.destination(entry.target.destination)
            if let title = entry.target.title { line += " " + MarkdownSyntax.title(title) }
            return line
        }
    }
}

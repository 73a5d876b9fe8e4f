import OctavoCore

/// Numbers footnotes in order of first reference and remembers what to write at the end.
///
/// References that share a label share one note (numbered once, with one back link per
/// reference), as cmark-gfm does. Notes without a label are each their own note.
struct FootnoteCollector {
    struct Note {
        var number: Int
        /// The part of the ids that names this note: `fn-<key>`, `fnref-<key>`.
        var key: String
        var blocks: [Block]
        var referenceCount: Int
    }

    /// One reference, as the inline renderer writes it.
    struct Reference {
        var number: Int
        var noteID: String
        /// `fnref-<key>` for the first reference, `fnref-<key>-2` for the second…
        var referenceID: String
    }

    private(set) var notes: [Note] = []
    private var indexByLabel: [String: Int] = [:]
    /// Notes already written out (notes referenced from inside notes are added after these).
    var writtenCount = 0
    let idPrefix: String
    let xmlNames: Bool

    init(idPrefix: String, xmlNames: Bool) {
        self.idPrefix = idPrefix
        self.xmlNames = xmlNames
    }

    /// Registers a reference to `footnote` and says how to write it.
    mutating func reference(_ footnote: Footnote) -> Reference {
        let index: Int
        if let label = footnote.label, let known = indexByLabel[label] {
            index = known
            notes[index].referenceCount += 1
        } else {
            let number = notes.count + 1
            let key: String
            if let label = footnote.label, !xmlNames {
                key = URLEscaping.percentEncoded(label)
            } else {
                key = String(number)
            }
            notes.append(Note(number: number, key: key, blocks: footnote.blocks, referenceCount: 1))
            index = notes.count - 1
            if let label = footnote.label { indexByLabel[label] = index }
        }
        let note = notes[index]
        return Reference(number: note.number, noteID: noteID(note),
                         referenceID: referenceID(note, occurrence: note.referenceCount))
    }

    func noteID(_ note: Note) -> String { "\(idPrefix)fn-\(note.key)" }

    func referenceID(_ note: Note, occurrence: Int) -> String {
        occurrence == 1 ? "\(idPrefix)fnref-\(note.key)" : "\(idPrefix)fnref-\(note.key)-\(occurrence)"
    }
}

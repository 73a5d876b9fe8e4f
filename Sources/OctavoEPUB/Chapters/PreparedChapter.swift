import OctavoCore

/// A heading the navigation lists.
struct SectionHeading: Hashable, Sendable {
    var level: Int
    var title: String
    var id: String
}

/// A chapter with its file name, valid unique ids, embedded image paths and outline: ready to
/// have its links resolved and be rendered.
struct PreparedChapter: Sendable {
    var fileName: String
    var documentIndex: Int
    var title: String
    var language: String
    var header: [Block]
    var body: [Block]
    /// Headings of the body's outline, in order.
    var sections: [SectionHeading]
}

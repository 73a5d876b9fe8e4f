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
    /// The title's plain text (navigation, `<title>`) and its inlines (the chapter's header).
    var title: String
    var titleInlines: [Inline]
    var provenance: Provenance
    var language: String
    var body: [Block]
    /// Headings of the body's outline, in order.
    var sections: [SectionHeading]
    /// Whether some link points inside the book (or nowhere) and needs ``LinkResolver``;
    /// links that leave the book are already final.
    var hasInternalLinks: Bool
    /// The ids and images of the chapter's raw HTML, for ``RawHTMLResolution``.
    var rawHTML = PreparedRawHTML()
}

import OctavoCore

/// Where a chapter's content came from, shown in its header.
struct Provenance: Hashable, Sendable {
    var authors: [String] = []
    var date: String?
    /// A URL or a publication name.
    var source: String?
    var siteName: String?

    var isEmpty: Bool { authors.isEmpty && date == nil && source == nil && siteName == nil }

    /// The source when it is a web address worth linking.
    var sourceURL: String? {
        guard let source else { return nil }
        let lower = source.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? source : nil
    }
}

/// One XHTML file of the book's body, before rendering.
struct Chapter: Sendable {
    /// The title as inlines (formatting kept) for the header; its plain text for navigation.
    var title: [Inline]
    /// The id the title heading had in the source, if any (links may point at it).
    var titleID: String?
    var provenance: Provenance
    var body: [Block]
    /// The content's language, when it differs from or refines the book's.
    var language: String?
    /// The input it came from: relative images resolve against its folder.
    var sourcePath: String?
    /// The position of that input in the book (ids and links are scoped by document).
    var documentIndex = 0

    var titleText: String { TextSpacing.collapsed(Inline.plainText(of: title)) }
}

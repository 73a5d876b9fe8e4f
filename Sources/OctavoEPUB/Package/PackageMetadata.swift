import Foundation
import OctavoCore

/// The book's metadata as the package document states it: every required field present and
/// every value in a form epubcheck accepts.
struct PackageMetadata: Sendable {
    struct Creator: Hashable, Sendable { var name: String; var fileAs: String? }

    var title: String
    var subtitle: String?
    var creators: [Creator]
    var language: String
    /// Filled in once the content is known when the user gave none (see ``ContentIdentifier``).
    var identifier: String?
    /// `dcterms:modified`: `CCYY-MM-DDThh:mm:ssZ`.
    var modified: String
    /// A W3C date (`2024`, `2024-03`, `2024-03-05` or a full timestamp), when one could be read.
    var date: String?
    /// The date as written, for the title page.
    var displayDate: String?
    var publisher: String?
    var description: String?
    var subjects: [String]
    var rights: String?
    var sources: [String]

    /// Resolves `book`'s metadata, reporting what had to be assumed.
    init(book: Book, chapters: [Chapter], context: ConversionContext) {
        let m = book.metadata
        if let title = m.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty {
            self.title = title
        } else if book.documents.count == 1, let first = chapters.first, !first.titleText.isEmpty {
            self.title = first.titleText
        } else {
            self.title = "Untitled"
            context.report(.warning, "the book has no title; give one with --title", source: "epub.metadata")
        }
        subtitle = m.subtitle
        let fileAs = (m.extra["file-as"] ?? m.extra["creator-file-as"])?
            .split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        creators = m.authors.enumerated().map { index, name in
            Creator(name: name, fileAs: index < fileAs.count && !fileAs[index].isEmpty ? fileAs[index] : nil)
        }
        language = Self.language(book: book, context: context)
        identifier = m.identifier.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        modified = Self.timestamp(context.date)
        displayDate = m.date
        date = m.date.flatMap(ISODate.normalized)
        if let given = m.date, date == nil {
            context.report(.info, "date '\(given)' is not a calendar date; it is shown but not recorded as dc:date", source: "epub.metadata")
        }
        publisher = m.publisher
        description = m.description
        subjects = m.subjects
        rights = m.rights
        var sources: [String] = []
        for candidate in [m.source] + chapters.map(\.provenance.sourceURL) {
            if let candidate, !candidate.isEmpty, !sources.contains(candidate) { sources.append(candidate) }
        }
        self.sources = sources
    }

    /// The book's language: given, else the first input's, else `en` with a warning.
    private static func language(book: Book, context: ConversionContext) -> String {
        let found = book.metadata.language ?? book.documents.lazy.compactMap(\.metadata.language).first
        if let found {
            if let tag = LanguageTag.normalized(found) { return tag }
            context.report(.warning, "language '\(found)' is not a valid language tag; using 'en'", source: "epub.metadata")
            return "en"
        }
        context.report(.warning, "no language given or found; assuming 'en' (set it with --language)", source: "epub.metadata")
        return "en"
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

/// BCP 47 language tags, checked for form only.
enum LanguageTag {
    /// `tag` trimmed, with `_` read as `-`, if it has the form of a language tag.
    static func normalized(_ tag: String) -> String? {
        let t = tag.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "_", with: "-")
        guard t.range(of: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", options: .regularExpression) != nil else { return nil }
        return t
    }
}

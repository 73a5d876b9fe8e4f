import Foundation
import OctavoCore

/// Decides the book's chapters: one per input (or per article division a reader found), or, for a
/// single long input, one per heading at the split level.
struct ChapterPlanner {
    var splitLevel: Int

    func chapters(for book: Book) -> [Chapter] {
        var chapters: [Chapter] = []
        for (index, document) in book.documents.enumerated() {
            var made: [Chapter]
            if let articles = articleChapters(in: document) {
                made = articles
            } else if book.documents.count == 1 {
                made = split(document, bookTitle: book.metadata.title)
            } else {
                made = [wholeChapter(document, number: chapters.count + 1)]
            }
            for i in made.indices { made[i].documentIndex = index }
            chapters += made
        }
        if chapters.isEmpty {
            let title = book.metadata.title ?? "Untitled"
            chapters.append(Chapter(title: [.text(title)], provenance: .init(), body: [], language: nil, sourcePath: nil))
        }
        return chapters
    }

    /// One chapter per top-level article division; content between articles stays with the one before.
    private func articleChapters(in document: Document) -> [Chapter]? {
        guard document.blocks.contains(where: { Self.articleAttributes($0) != nil }) else { return nil }
        var chapters: [Chapter] = []
        var leading: [Block] = []
        for block in document.blocks {
            if let attributes = Self.articleAttributes(block), case let .division(_, blocks) = block {
                var body = blocks
                let heading = Self.takeLeadingHeading(from: &body, matching: nil)
                let provenance = Provenance(
                    authors: attributes[Conventions.Key.author].map(Self.splitAuthors) ?? [],
                    date: attributes[Conventions.Key.date], source: attributes[Conventions.Key.source],
                    siteName: attributes[Conventions.Key.siteName])
                chapters.append(Chapter(title: heading?.content ?? [.text("Article \(chapters.count + 1)")],
                                        titleID: heading?.attributes.id ?? attributes.id, provenance: provenance,
                                        body: body, language: attributes[Conventions.Key.language] ?? document.metadata.language,
                                        sourcePath: document.sourcePath))
            } else if chapters.isEmpty {
                leading.append(block)
            } else {
                chapters[chapters.count - 1].body.append(block)
            }
        }
        if !leading.isEmpty {
            var whole = document
            whole.blocks = leading
            chapters.insert(wholeChapter(whole, number: 1), at: 0)
        }
        return chapters
    }

    /// The whole document as one chapter, titled by its metadata or its first heading.
    private func wholeChapter(_ document: Document, number: Int) -> Chapter {
        var body = document.blocks
        let title = document.metadata.title
        let heading = Self.takeLeadingHeading(from: &body, matching: title)
        let titleInlines = heading?.content ?? title.map { [.text($0)] } ?? [.text(Self.fallbackTitle(document, number))]
        return Chapter(title: titleInlines, titleID: heading?.attributes.id, provenance: Self.provenance(of: document.metadata),
                       body: body, language: document.metadata.language, sourcePath: document.sourcePath)
    }

    /// A single document cut at top-level headings of `splitLevel` or above.
    private func split(_ document: Document, bookTitle: String?) -> [Chapter] {
        // A page whose content sits in one wrapper (`<main>`, `<div class="post">`) splits by what is inside.
        var blocks = document.blocks
        while blocks.count == 1, case let .division(attributes, inner) = blocks[0],
              !attributes.hasClass(Conventions.Class.article), inner.contains(where: Self.isHeading) {
            blocks = inner
        }
        var segments: [(heading: Heading?, blocks: [Block])] = [(nil, [])]
        for block in blocks {
            if case let .heading(heading) = block, heading.level <= splitLevel {
                segments.append((heading, []))
            } else {
                segments[segments.count - 1].blocks.append(block)
            }
        }
        if segments[0].blocks.isEmpty && segments.count > 1 { segments.removeFirst() }
        let provenance = Self.provenance(of: document.metadata)
        return segments.enumerated().map { index, segment in
            var chapter: Chapter
            if let heading = segment.heading {
                chapter = Chapter(title: heading.content, titleID: heading.attributes.id, provenance: .init(),
                                  body: segment.blocks, language: document.metadata.language, sourcePath: document.sourcePath)
            } else {
                var whole = document
                whole.blocks = segment.blocks
                if whole.metadata.title == nil { whole.metadata.title = bookTitle }
                chapter = wholeChapter(whole, number: index + 1)
            }
            chapter.provenance = index == 0 ? provenance : .init()
            return chapter
        }
    }

    private static func isHeading(_ block: Block) -> Bool {
        if case .heading = block { return true }
        return false
    }

    private static func articleAttributes(_ block: Block) -> Attributes? {
        if case let .division(attributes, _) = block, attributes.hasClass(Conventions.Class.article) { return attributes }
        return nil
    }

    /// Removes and returns the first block when it is a heading (and, if `title` is given, says the same).
    private static func takeLeadingHeading(from blocks: inout [Block], matching title: String?) -> Heading? {
        guard case let .heading(heading) = blocks.first else { return nil }
        if let title, normalized(Inline.plainText(of: heading.content)) != normalized(title) { return nil }
        blocks.removeFirst()
        return heading
    }

    private static func normalized(_ text: String) -> String { TextSpacing.collapsed(text).lowercased() }

    private static func splitAuthors(_ value: String) -> [String] {
        value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func provenance(of metadata: Metadata) -> Provenance {
        Provenance(authors: metadata.authors, date: metadata.date, source: metadata.source, siteName: metadata.siteName)
    }

    private static func fallbackTitle(_ document: Document, _ number: Int) -> String {
        if let path = document.sourcePath {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let stem = name.split(separator: ".").dropLast().joined(separator: ".")
            return stem.isEmpty ? name : stem
        }
        return "Chapter \(number)"
    }
}

import Foundation

/// The web images a book shows: every `http(s):` (or protocol-relative) image source of each
/// document, with the page it appears on, in book order, each pair once.
enum RemoteImages {
    struct Found: Hashable {
        /// The document's source (its URL for a page from the web), for diagnostics.
        var page: String?
        /// The absolute URL.
        var url: String
    }

    static func find(in book: Book) -> [Found] {
        var found: [Found] = []
        var seen = Set<Found>()
        for document in book.documents {
            var sources: [String] = []
            document.blocks.visit(inline: { inline in
                if case let .image(image) = inline { sources.append(image.source) }
            })
            if let cover = document.metadata.cover { sources.append(cover) }
            for source in sources {
                let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
                let lower = trimmed.lowercased()
                guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//") else { continue }
                let item = Found(page: document.sourcePath, url: FetchedResources.key(trimmed))
                if seen.insert(item).inserted { found.append(item) }
            }
        }
        return found
    }
}

/// One entry of the table of contents, shared by `nav.xhtml` and `toc.ncx`.
struct NavPoint: Hashable, Sendable {
    var title: String
    var href: String
    var children: [NavPoint]

    /// Entries for `chapters`, each with its sections nested by heading level to `depth` levels
    /// in all (1 = chapters only).
    static func tree(for chapters: [PreparedChapter], depth: Int) -> [NavPoint] {
        chapters.map { chapter in
            NavPoint(title: label(chapter.title), href: chapter.fileName,
                     children: nest(chapter.sections[...], file: chapter.fileName, depth: depth - 1))
        }
    }

    /// The deepest nesting below and including these entries.
    static func depth(of points: [NavPoint]) -> Int {
        points.map { 1 + depth(of: $0.children) }.max() ?? 0
    }

    private static func nest(_ items: ArraySlice<SectionHeading>, file: String, depth: Int) -> [NavPoint] {
        guard depth > 0, let top = items.map(\.level).min() else { return [] }
        var result: [NavPoint] = []
        var i = items.startIndex
        while i < items.endIndex {
            let next = items[(i + 1)...].firstIndex { $0.level <= top } ?? items.endIndex
            if items[i].level == top {
                result.append(NavPoint(title: label(items[i].title), href: "\(file)#\(items[i].id)",
                                       children: nest(items[(i + 1)..<next], file: file, depth: depth - 1)))
            } else {
                // Deeper headings before the first top-level one stand at this level.
                result += nest(items[i..<next], file: file, depth: depth)
            }
            i = next
        }
        return result
    }

    private static func label(_ title: String) -> String { title.isEmpty ? "Untitled" : title }
}

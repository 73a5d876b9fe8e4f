import OctavoCore

/// Renders a prepared chapter as a complete XHTML file.
struct ChapterRenderer: Sendable {
    var stylesheet: String

    func xhtml(_ chapter: PreparedChapter) -> String {
        var body = "<section epub:type=\"chapter\" role=\"doc-chapter\">\n<header class=\"chapter-header\">\n"
        body += InterimXHTMLRenderer.render(chapter.header)
        body += "</header>\n"
        body += InterimXHTMLRenderer.render(chapter.body)
        body += "</section>"
        return XHTMLPage.document(title: chapter.title.isEmpty ? "Untitled" : chapter.title,
                                  language: chapter.language, stylesheet: stylesheet, body: body)
    }
}

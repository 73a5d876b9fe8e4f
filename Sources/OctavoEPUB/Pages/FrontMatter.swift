import OctavoCore
import OctavoHTML
/// The first page of the book: the cover image, or a generated title page when there is none.
enum FrontMatter {
    static func coverPage(image: EmbeddedImage, title: String, language: String, stylesheet: String) -> String {
        let body = """
        <section epub:type="cover" class="cover">
        <img src="\(MarkupEscaping.escaped(image.href))" alt="\(MarkupEscaping.escaped("Cover: " + title))"/>
        </section>
        """
        return XHTMLPage.document(title: title, language: language, stylesheet: stylesheet, body: body)
    }

    static func titlePage(_ m: PackageMetadata, stylesheet: String) -> String {
        var body = "<section epub:type=\"titlepage\" class=\"titlepage\">\n"
        body += "<h1 class=\"title\">\(e(m.title))</h1>\n"
        if let subtitle = m.subtitle { body += "<p class=\"subtitle\">\(e(subtitle))</p>\n" }
        for creator in m.creators { body += "<p class=\"author\">\(e(creator.name))</p>\n" }
        if let publisher = m.publisher { body += "<p class=\"publisher\">\(e(publisher))</p>\n" }
        if let date = m.displayDate { body += "<p class=\"date\">\(e(date))</p>\n" }
        if let description = m.description { body += "<p class=\"description\">\(e(description))</p>\n" }
        body += "</section>"
        return XHTMLPage.document(title: m.title, language: m.language, stylesheet: stylesheet, body: body)
    }

    private static func e(_ text: String) -> String { MarkupEscaping.escaped(text) }
}

import OctavoCore

/// The page around the content in standalone mode: doctype, `<head>` with metadata and styles,
/// then the header, the table of contents and the content in `<main>`.
struct StandaloneTemplate {
    let xhtml: Bool
    let footnoteStyle: HTMLWriterOptions.FootnoteStyle

    /// The page. `stylesheet` (a path or URL given with `--css`) is linked, not inlined; without
    /// it the ``DefaultStylesheet`` is inlined in `<style>`.
    func page(metadata: Metadata, fallbackTitle: String, stylesheet: String?, header: String, toc: String,
              body: String) -> String {
        var out = HTMLBuffer(xhtml: xhtml, capacity: body.utf8.count + header.utf8.count + toc.utf8.count + 4096)
        let language = metadata.language.flatMap { $0.isEmpty ? nil : $0 } ?? "en"
        if xhtml {
            out.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html")
            out.attribute("xmlns", "http://www.w3.org/1999/xhtml")
            if footnoteStyle == .epub { out.attribute("xmlns:epub", "http://www.idpf.org/2007/ops") }
            out.attribute("lang", language)
            out.attribute("xml:lang", language)
        } else {
            out.raw("<!DOCTYPE html>\n<html")
            out.attribute("lang", language)
        }
        out.raw(">\n<head>\n<meta charset=\"utf-8\" />\n")
        out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        out.raw("<title>")
        out.text(metadata.title.flatMap { $0.isEmpty ? nil : $0 } ?? fallbackTitle)
        out.raw("</title>\n")
        for author in metadata.authors where !author.isEmpty { meta(&out, "author", author) }
        if let date = metadata.date, !date.isEmpty { meta(&out, "dcterms.date", date) }
        if let description = metadata.description, !description.isEmpty { meta(&out, "description", description) }
        if !metadata.subjects.isEmpty { meta(&out, "keywords", metadata.subjects.joined(separator: ", ")) }
        if let stylesheet, !stylesheet.isEmpty {
            out.raw("<link rel=\"stylesheet\"")
            out.urlAttribute("href", stylesheet)
            out.raw(" />\n")
        } else {
            out.raw("<style>\n")
            out.raw(DefaultStylesheet.css)
            out.raw("\n</style>\n")
        }
        out.raw("</head>\n<body>\n")
        out.raw(header)
        out.raw(toc)
        out.raw("<main>\n")
        out.raw(body)
        out.newline()
        out.raw("</main>\n</body>\n</html>\n")
        return out.string
    }

    private func meta(_ out: inout HTMLBuffer, _ name: String, _ content: String) {
        out.raw("<meta")
        out.attribute("name", name)
        out.attribute("content", content)
        out.raw(" />\n")
    }
}

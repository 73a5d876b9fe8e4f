import OctavoCore
import OctavoHTML
/// The frame of every XHTML file in the book: declaration, namespaces, language, title and stylesheet.
enum XHTMLPage {
    /// A complete XHTML document around `body` (already well-formed XHTML).
    static func document(title: String, language: String, stylesheet: String, bodyAttributes: String = "", body: String) -> String {
        let lang = MarkupEscaping.escaped(language)
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="\(lang)" lang="\(lang)">
        <head>
        <meta charset="UTF-8"/>
        <title>\(MarkupEscaping.escaped(title))</title>
        <link rel="stylesheet" type="text/css" href="\(MarkupEscaping.escaped(stylesheet))"/>
        </head>
        <body\(bodyAttributes)>
        \(body)
        </body>
        </html>

        """
    }
}

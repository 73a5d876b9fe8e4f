import OctavoCore
import OctavoHTML
/// `toc.ncx`: the EPUB 2 table of contents, for reading systems that predate `nav.xhtml`.
enum NCXDocument {
    static func xml(title: String, identifier: String, language: String, points: [NavPoint]) -> String {
        var x = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="\(e(language))">
          <head>
            <meta name="dtb:uid" content="\(e(identifier))"/>
            <meta name="dtb:depth" content="\(max(1, NavPoint.depth(of: points)))"/>
            <meta name="dtb:totalPageCount" content="0"/>
            <meta name="dtb:maxPageNumber" content="0"/>
          </head>
          <docTitle><text>\(e(title))</text></docTitle>
          <navMap>

        """
        var order = 0
        // Explicit stack: (point, indent, whether its children were opened).
        var stack: [(NavPoint, Int, Bool)] = points.reversed().map { ($0, 2, false) }
        while let (point, indent, opened) = stack.popLast() {
            let pad = String(repeating: "  ", count: indent)
            if opened {
                x += "\(pad)</navPoint>\n"
                continue
            }
            order += 1
            x += "\(pad)<navPoint id=\"navpoint-\(order)\" playOrder=\"\(order)\">\n"
            x += "\(pad)  <navLabel><text>\(e(point.title))</text></navLabel>\n"
            x += "\(pad)  <content src=\"\(e(point.href))\"/>\n"
            stack.append((point, indent, true))
            stack += point.children.reversed().map { ($0, indent + 1, false) }
        }
        x += "  </navMap>\n</ncx>\n"
        return x
    }

    private static func e(_ text: String) -> String { MarkupEscaping.escaped(text) }
}

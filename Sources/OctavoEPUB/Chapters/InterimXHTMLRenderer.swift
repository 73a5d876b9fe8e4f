import OctavoCore

// TEMPORARY BRIDGE, to be deleted once `HTMLWriter`'s XHTML mode is merged: a minimal XHTML
// rendering so the package, navigation and container can be built and checked meanwhile.
struct InterimXHTMLRenderer {
    private var notes: [[Block]] = []
    private var out = ""

    static func render(_ blocks: [Block]) -> String {
        var r = InterimXHTMLRenderer()
        r.blocks(blocks)
        if !r.notes.isEmpty {
            var pending = r.notes
            r.notes = []
            r.out += "<section class=\"footnotes\" epub:type=\"footnotes\">\n"
            for (i, note) in pending.enumerated() {
                r.out += "<aside epub:type=\"footnote\" id=\"fn-\(i + 1)\">"
                r.blocks(note)
                r.out += "</aside>\n"
            }
            pending.removeAll()
            r.out += "</section>\n"
        }
        return r.out
    }

    private mutating func blocks(_ blocks: [Block]) { for b in blocks { block(b) } }

    private func idAttr(_ a: Attributes) -> String {
        var s = a.id.map { " id=\"\(e($0))\"" } ?? ""
        if !a.classes.isEmpty { s += " class=\"\(e(a.classes.joined(separator: " ")))\"" }
        return s
    }

    private mutating func block(_ block: Block) {
        switch block {
        case let .paragraph(c): out += "<p>"; inlines(c); out += "</p>\n"
        case let .plain(c): inlines(c)
        case let .heading(h): out += "<h\(h.level)\(idAttr(h.attributes))>"; inlines(h.content); out += "</h\(h.level)>\n"
        case let .blockQuote(b): out += "<blockquote>"; blocks(b); out += "</blockquote>\n"
        case let .list(l):
            let tag: String
            if case .bullet = l.kind { tag = "ul" } else { tag = "ol" }
            out += "<\(tag)\(idAttr(l.attributes))>"
            for item in l.items { out += "<li>"; blocks(item.blocks); out += "</li>" }
            out += "</\(tag)>\n"
        case let .codeBlock(c): out += "<pre\(idAttr(c.attributes))><code>\(e(c.text))</code></pre>\n"
        case .thematicBreak: out += "<hr/>\n"
        case let .table(t):
            out += "<table\(idAttr(t.attributes))>"
            if !t.caption.isEmpty { out += "<caption>"; inlines(t.caption); out += "</caption>" }
            if !t.head.isEmpty { out += "<thead>"; rows(t.head, cell: "th"); out += "</thead>" }
            out += "<tbody>"; rows(t.body, cell: "td"); out += "</tbody></table>\n"
        case let .figure(f):
            out += "<figure\(idAttr(f.attributes))>"; blocks(f.content)
            if !f.caption.isEmpty { out += "<figcaption>"; inlines(f.caption); out += "</figcaption>" }
            out += "</figure>\n"
        case let .definitionList(items):
            out += "<dl>"
            for item in items {
                out += "<dt>"; inlines(item.term); out += "</dt>"
                for d in item.definitions { out += "<dd>"; blocks(d); out += "</dd>" }
            }
            out += "</dl>\n"
        case let .lineBlock(lines):
            out += "<p>"
            for (i, line) in lines.enumerated() { if i > 0 { out += "<br/>" }; inlines(line) }
            out += "</p>\n"
        case let .division(a, b): out += "<div\(idAttr(a))>"; blocks(b); out += "</div>\n"
        case .raw: break
        }
    }

    private mutating func rows(_ rows: [Table.Row], cell: String) {
        for row in rows {
            out += "<tr>"
            for c in row { out += "<\(cell)>"; blocks(c.blocks); out += "</\(cell)>" }
            out += "</tr>"
        }
    }

    private mutating func inlines(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case let .text(t): out += e(t)
            case let .emphasis(c): out += "<em>"; self.inlines(c); out += "</em>"
            case let .strong(c): out += "<strong>"; self.inlines(c); out += "</strong>"
            case let .strikethrough(c): out += "<del>"; self.inlines(c); out += "</del>"
            case let .superscript(c): out += "<sup>"; self.inlines(c); out += "</sup>"
            case let .subscript(c): out += "<sub>"; self.inlines(c); out += "</sub>"
            case let .code(t): out += "<code>\(e(t))</code>"
            case let .link(l): out += "<a href=\"\(e(l.destination))\">"; self.inlines(l.content); out += "</a>"
            case let .image(i):
                out += "<img src=\"\(e(i.source))\" alt=\"\(e(Inline.plainText(of: i.alt)))\"\(idAttr(i.attributes))/>"
            case .softBreak: out += "\n"
            case .lineBreak: out += "<br/>"
            case let .footnote(n):
                notes.append(n.blocks)
                out += "<a epub:type=\"noteref\" href=\"#fn-\(notes.count)\">\(notes.count)</a>"
            case let .span(a, c): out += "<span\(idAttr(a))>"; self.inlines(c); out += "</span>"
            case .raw: break
            }
        }
    }

    private func e(_ s: String) -> String { XMLText.escape(s) }
}

/// A readable, indented dump of the model: the golden format for reader tests and
/// `octavo inspect --tree`. One node a line, children indented by two spaces, text quoted.
public enum TreeDump {
    /// The dump of a whole document, metadata first.
    public static func dump(_ document: Document) -> String {
        var out = "document\n"
        let m = document.metadata
        let fields: [(String, String?)] = [
            ("title", m.title), ("subtitle", m.subtitle), ("authors", m.authors.isEmpty ? nil : m.authors.joined(separator: "; ")),
            ("date", m.date), ("language", m.language), ("publisher", m.publisher), ("source", m.source),
            ("siteName", m.siteName), ("description", m.description),
            ("subjects", m.subjects.isEmpty ? nil : m.subjects.joined(separator: "; ")), ("rights", m.rights),
            ("identifier", m.identifier), ("cover", m.cover),
        ] + m.extra.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        for case let (name, value?) in fields { out += "  meta \(name)=\(quote(value))\n" }
        for resource in document.resources { out += "  resource \(resource.kind.rawValue) \(quote(resource.reference))\n" }
        dump(document.blocks, depth: 1, into: &out)
        return out
    }

    /// The dump of blocks at the given indentation depth.
    public static func dump(_ blocks: [Block], depth: Int = 0, into out: inout String) {
        for block in blocks { dump(block, depth: depth, into: &out) }
    }

    private static func dump(_ block: Block, depth: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: depth)
        switch block {
        case let .paragraph(content), let .plain(content):
            out += pad + block.typeName + "\n"
            dump(content, depth: depth + 1, into: &out)
        case let .heading(h):
            out += pad + "heading level=\(h.level)\(describe(h.attributes))\n"
            dump(h.content, depth: depth + 1, into: &out)
        case let .blockQuote(children):
            out += pad + "blockQuote\n"
            dump(children, depth: depth + 1, into: &out)
        case let .list(list):
            var head = pad + "list"
            switch list.kind {
            case .bullet: head += " bullet"
            case let .ordered(start, delimiter): head += " ordered start=\(start) delimiter=\(delimiter)"
            }
            out += head + (list.isTight ? " tight" : " loose") + describe(list.attributes) + "\n"
            for item in list.items {
                out += pad + "  item" + (item.task.map { " task=\($0.rawValue)" } ?? "") + "\n"
                dump(item.blocks, depth: depth + 2, into: &out)
            }
        case let .codeBlock(code):
            out += pad + "codeBlock" + (code.language.map { " language=\(quote($0))" } ?? "")
                + (code.info.map { " info=\(quote($0))" } ?? "") + describe(code.attributes) + " \(quote(code.text))\n"
        case .thematicBreak:
            out += pad + "thematicBreak\n"
        case let .table(table):
            out += pad + "table alignments=\(table.alignments.map(\.rawValue).joined(separator: ","))\(describe(table.attributes))\n"
            if !table.caption.isEmpty {
                out += pad + "  caption\n"
                dump(table.caption, depth: depth + 2, into: &out)
            }
            for (section, rows) in [("head", table.head), ("body", table.body)] {
                for row in rows {
                    out += pad + "  \(section) row\n"
                    for cell in row {
                        var line = pad + "    cell"
                        if cell.columnSpan != 1 { line += " colspan=\(cell.columnSpan)" }
                        if cell.rowSpan != 1 { line += " rowspan=\(cell.rowSpan)" }
                        if let alignment = cell.alignment { line += " align=\(alignment.rawValue)" }
                        out += line + "\n"
                        dump(cell.blocks, depth: depth + 3, into: &out)
                    }
                }
            }
        case let .figure(figure):
            out += pad + "figure\(describe(figure.attributes))\n"
            dump(figure.content, depth: depth + 1, into: &out)
            if !figure.caption.isEmpty {
                out += pad + "  caption\n"
                dump(figure.caption, depth: depth + 2, into: &out)
            }
        case let .definitionList(items):
            out += pad + "definitionList\n"
            for item in items {
                out += pad + "  term\n"
                dump(item.term, depth: depth + 2, into: &out)
                for definition in item.definitions {
                    out += pad + "  definition\n"
                    dump(definition, depth: depth + 2, into: &out)
                }
            }
        case let .lineBlock(lines):
            out += pad + "lineBlock\n"
            for line in lines {
                out += pad + "  line\n"
                dump(line, depth: depth + 2, into: &out)
            }
        case let .division(attributes, children):
            out += pad + "division\(describe(attributes))\n"
            dump(children, depth: depth + 1, into: &out)
        case let .raw(format, text):
            out += pad + "raw format=\(format) \(quote(text))\n"
        }
    }

    private static func dump(_ inlines: [Inline], depth: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: depth)
        for inline in inlines {
            switch inline {
            case let .text(text): out += pad + "text \(quote(text))\n"
            case let .code(text): out += pad + "code \(quote(text))\n"
            case let .emphasis(c), let .strong(c), let .strikethrough(c), let .superscript(c), let .subscript(c):
                out += pad + inline.typeName + "\n"
                dump(c, depth: depth + 1, into: &out)
            case let .link(link):
                out += pad + "link \(quote(link.destination))" + (link.title.map { " title=\(quote($0))" } ?? "") + "\n"
                dump(link.content, depth: depth + 1, into: &out)
            case let .image(image):
                out += pad + "image \(quote(image.source))" + (image.title.map { " title=\(quote($0))" } ?? "")
                    + describe(image.attributes) + " alt=\(quote(Inline.plainText(of: image.alt)))\n"
            case .softBreak: out += pad + "softBreak\n"
            case .lineBreak: out += pad + "lineBreak\n"
            case let .footnote(note):
                out += pad + "footnote" + (note.label.map { " label=\(quote($0))" } ?? "") + "\n"
                dump(note.blocks, depth: depth + 1, into: &out)
            case let .span(attributes, content):
                out += pad + "span\(describe(attributes))\n"
                dump(content, depth: depth + 1, into: &out)
            case let .raw(format, text): out += pad + "raw format=\(format) \(quote(text))\n"
            }
        }
    }

    private static func describe(_ attributes: Attributes) -> String {
        var out = ""
        if let id = attributes.id { out += " #\(id)" }
        for name in attributes.classes { out += " .\(name)" }
        for (key, value) in attributes.pairs.sorted(by: { $0.key < $1.key }) { out += " \(key)=\(quote(value))" }
        return out
    }

    private static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

import OctavoCore

extension HTMLRenderer {
    /// A table as cmark-gfm writes it: `<thead>` and `<tbody>` (each only when it has rows),
    /// one cell per line, `align` on cells of aligned columns (XHTML: `style="text-align: …"`),
    /// rows padded to the column count.
    mutating func renderTable(_ table: Table, depth: Int) {
        out.newline()
        out.raw("<table")
        writeAttributes(table.attributes)
        out.raw(">\n")
        if !table.caption.isEmpty {
            out.raw("<caption>")
            renderInlineContainer(table.caption, depth: depth + 2)
            out.raw("</caption>\n")
        }
        let columns = table.alignments.count
        if !table.head.isEmpty {
            out.raw("<thead>\n")
            for row in table.head { renderRow(row, cellTag: "th", alignments: table.alignments, columns: columns, depth: depth) }
            out.raw("</thead>\n")
        }
        if !table.body.isEmpty {
            out.raw("<tbody>\n")
            for row in table.body { renderRow(row, cellTag: "td", alignments: table.alignments, columns: columns, depth: depth) }
            out.raw("</tbody>\n")
        }
        out.raw("</table>\n")
    }

    private mutating func renderRow(_ row: Table.Row, cellTag: String, alignments: [Table.Alignment], columns: Int, depth: Int) {
        out.raw("<tr>\n")
        var column = 0
        for cell in row {
            renderCell(cell, tag: cellTag, alignment: cell.alignment ?? (column < alignments.count ? alignments[column] : .none),
                       depth: depth)
            column += min(max(1, cell.columnSpan), Table.maximumColumnSpan)  // spans come from the input
        }
        while column < columns {
            renderCell(Table.Cell(blocks: []), tag: cellTag, alignment: alignments[column], depth: depth)
            column += 1
        }
        out.raw("</tr>\n")
    }

    private mutating func renderCell(_ cell: Table.Cell, tag: String, alignment: Table.Alignment, depth: Int) {
        out.raw("<" + tag)
        if alignment != .none {
            // HTML keeps cmark-gfm's `align`; XHTML (EPUB) uses CSS, as `align` is obsolete there.
            if out.xhtml {
                out.attribute("style", "text-align: \(alignment.rawValue)")
            } else {
                out.attribute("align", alignment.rawValue)
            }
        }
        if cell.columnSpan > 1 { out.raw(" colspan=\"\(cell.columnSpan)\"") }
        if cell.rowSpan > 1 { out.raw(" rowspan=\"\(cell.rowSpan)\"") }
        out.raw(">")
        if cell.blocks.count == 1, case let .plain(inlines) = cell.blocks[0] {
            renderInlineContainer(inlines, depth: depth + 4)
        } else if cell.blocks.count == 1, case let .paragraph(inlines) = cell.blocks[0] {
            renderInlineContainer(inlines, depth: depth + 4)
        } else {
            renderBlocks(cell.blocks, depth: depth + 4)
        }
        out.raw("</\(tag)>\n")
    }
}

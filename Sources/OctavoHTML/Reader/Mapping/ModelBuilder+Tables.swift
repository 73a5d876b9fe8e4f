import OctavoCore

extension ModelBuilder {
    /// A data table as a table; a layout table (nested tables, one column, `role=presentation`,
    /// cells holding paragraphs) unwrapped into its cells' blocks.
    mutating func table(_ index: Int, depth: Int) -> [Block] {
        let rows = tableRows(index)
        if isLayoutTable(index, rows: rows.map(\.row)) {
            var blocks: [Block] = []
            for (row, _) in rows {
                for cell in cells(of: row) { blocks += blockChildren(page.children(cell), depth: depth + 1) }
            }
            return blocks
        }
        var head: [Table.Row] = [], body: [Table.Row] = []
        var alignments: [Table.Alignment] = []
        for (position, (row, inHead)) in rows.enumerated() {
            let cellIndices = cells(of: row)
            let made = cellIndices.map { tableCell($0, depth: depth) }
            if alignments.isEmpty {
                alignments = cellIndices.flatMap { cell in
                    Array(repeating: alignment(cell) ?? .none, count: min(max(1, Int(page.attribute(cell, "colspan") ?? "") ?? 1), Table.maximumColumnSpan))
                }
            }
            let allHeaders = !cellIndices.isEmpty && cellIndices.allSatisfy { page.name($0) == "th" }
            if inHead || (allHeaders && body.isEmpty && position == head.count) { head.append(made) } else { body.append(made) }
        }
        guard !(head.isEmpty && body.isEmpty) else { return [] }
        let captionElement = page.children(index).first { page.name($0) == "caption" && !dropped[$0] }
        let caption = captionElement.map { inlineContent(page.children($0), depth: depth) } ?? []
        var table = Table(caption: caption, alignments: alignments, head: head, body: body)
        let columns = table.columnCount
        if table.alignments.count < columns {
            table.alignments += Array(repeating: .none, count: columns - table.alignments.count)
        }
        return [.table(table)]
    }

    /// Rows in order, with whether each sits in `thead`.
    private func tableRows(_ table: Int) -> [(row: Int, inHead: Bool)] {
        var rows: [(Int, Bool)] = []
        for child in page.children(table) where !dropped[child] {
            switch page.name(child) {
            case "tr": rows.append((child, false))
            case "thead", "tbody", "tfoot":
                for row in page.children(child) where page.name(row) == "tr" && !dropped[row] {
                    rows.append((row, page.name(child) == "thead"))
                }
            default: continue
            }
        }
        return rows
    }

    private func cells(of row: Int) -> [Int] {
        page.children(row).filter { (page.name($0) == "td" || page.name($0) == "th") && !dropped[$0] }
    }

    private func isLayoutTable(_ table: Int, rows: [Int]) -> Bool {
        if page.attribute(table, "role") == "presentation" { return true }
        let cellLists = rows.map(cells(of:))
        let columns = cellLists.map(\.count).max() ?? 0
        if columns <= 1 { return true }
        for cell in cellLists.joined() {
            for child in page.elements(named: "table", under: cell) where child != cell { return true }
            if page.children(cell).contains(where: { ["p", "div", "ul", "ol", "h1", "h2", "h3"].contains(page.name($0)) && containsBlock[$0] }) {
                return true
            }
        }
        return false
    }

    private mutating func tableCell(_ cell: Int, depth: Int) -> Table.Cell {
        var blocks = blockChildren(page.children(cell), depth: depth + 1)
        if blocks.count == 1, case let .paragraph(inlines) = blocks[0] { blocks = [.plain(inlines)] }
        return Table.Cell(blocks: blocks,
                          columnSpan: min(max(1, Int(page.attribute(cell, "colspan")?.trimmingWhitespace ?? "") ?? 1), Table.maximumColumnSpan),
                          rowSpan: min(max(1, Int(page.attribute(cell, "rowspan")?.trimmingWhitespace ?? "") ?? 1), 65_534),
                          alignment: alignment(cell))
    }

    private func alignment(_ cell: Int) -> Table.Alignment? {
        var value = page.attribute(cell, "align")?.lowercased()
        if value == nil, let style = page.attribute(cell, "style").map(InlineStyle.compact),
           let range = style.range(of: "text-align:") {
            value = String(style[range.upperBound...].prefix { $0.isLetter })
        }
        switch value {
        case "left", "start": return .left
        case "center": return .center
        case "right", "end": return .right
        default: return nil
        }
    }
}

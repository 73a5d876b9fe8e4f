import OctavoCore

extension TextRenderer {
    /// A table as aligned columns (by display width) separated by two spaces, the header rows
    /// underlined with dashes. Cells are one line each; tables are never wrapped.
    mutating func table(_ table: Table, depth: Int) {
        let head = table.head.map { row in row.map { cellText($0, depth: depth) } }
        let body = table.body.map { row in row.map { cellText($0, depth: depth) } }
        let columns = max(table.alignments.count, (head + body).map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        var widths = Array(repeating: 0, count: columns)
        for row in head + body {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(cell)) }
        }
        if !table.caption.isEmpty {
            output.beginBlock()
            paragraph(text(of: table.caption, depth: depth + 1))
        }
        output.beginBlock()
        for row in head { output.line(line(row, table, widths)) }
        if !head.isEmpty { output.line(widths.map { String(repeating: "-", count: max($0, 1)) }.joined(separator: "  ")) }
        for row in body { output.line(line(row, table, widths)) }
    }

    private mutating func cellText(_ cell: Table.Cell, depth: Int) -> String {
        var bytes: [UInt8] = []
        for block in cell.blocks {
            if !bytes.isEmpty { bytes.append(0x20) }
            switch block {
            case let .paragraph(content), let .plain(content): append(content, to: &bytes, depth: depth + 2)
            default: bytes.append(contentsOf: FlatText.of([block]).utf8)
            }
        }
        return String(decoding: LineWrapper.collapse(bytes), as: UTF8.self)
    }

    private func line(_ cells: [String], _ table: Table, _ widths: [Int]) -> String {
        var out = ""
        for column in widths.indices {
            let cell = column < cells.count ? cells[column] : ""
            let gap = widths[column] - DisplayWidth.of(cell)
            let alignment = column < table.alignments.count ? table.alignments[column] : .none
            if column > 0 { out += "  " }
            switch alignment {
            case .right: out += String(repeating: " ", count: gap) + cell
            case .center: out += String(repeating: " ", count: gap / 2) + cell + String(repeating: " ", count: gap - gap / 2)
            case .left, .none: out += cell + String(repeating: " ", count: gap)
            }
        }
        return out
    }
}

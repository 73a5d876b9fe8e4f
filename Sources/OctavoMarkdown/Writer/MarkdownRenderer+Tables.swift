import OctavoCore
import OctavoHTML

extension MarkdownRenderer {
    /// A GFM pipe table when the table fits one (one header row at most, cells of one line of
    /// inlines, no spans), columns padded to line up. Otherwise, and always in CommonMark (which
    /// has no tables), the HTML writer's table as raw HTML, with a warning.
    mutating func tableLines(_ table: Table, indent: Int, depth: Int) -> [String] {
        guard gfm, let cells = pipeCells(table, depth: depth) else {
            note(gfm ? "table-html" : "table-commonmark", gfm
                 ? "a table with spans, several header rows or blocks in its cells is written as HTML"
                 : "CommonMark has no tables: tables are written as HTML")
            return htmlTableLines(table)
        }
        let columns = max(table.columnCount, 1)
        var widths = [Int](repeating: 3, count: columns)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ row: [String]) -> String {
            let padded = (0..<columns).map { i in
                let cell = i < row.count ? row[i] : ""
                return cell + String(repeating: " ", count: widths[i] - cell.count)
            }
            return ("| " + padded.joined(separator: " | ") + " |").trimmingSpaces()
        }
        let rule = (0..<columns).map { i -> String in
            let alignment = i < table.alignments.count ? table.alignments[i] : .none
            let dashes = widths[i] - (alignment == .center ? 2 : alignment == .none ? 0 : 1)
            let body = String(repeating: "-", count: dashes)
            switch alignment {
            case .none: return body
            case .left: return ":" + body
            case .right: return body + ":"
            case .center: return ":" + body + ":"
            }
        }
        var lines = [line(cells[0]), "| " + rule.joined(separator: " | ") + " |"]
        lines.append(contentsOf: cells.dropFirst().map(line))
        if !table.caption.isEmpty {
            lines.append("")
            lines.append(contentsOf: paragraphLines([.emphasis(table.caption)], indent: indent, depth: depth))
        }
        return lines
    }

    /// Each row's cells as one-line Markdown (`|` escaped), the header first (empty cells when
    /// the table has none); nil when the table does not fit a pipe table.
    private mutating func pipeCells(_ table: Table, depth: Int) -> [[String]]? {
        guard table.head.count <= 1, (table.head + table.body).allSatisfy({ $0.allSatisfy(Self.fitsPipeCell) }) else { return nil }
        let columns = max(table.columnCount, 1)
        var rows: [[String]] = []
        let head = table.head.first ?? []
        for row in [head] + table.body {
            var cells: [String] = []
            for cell in row {
                var text = InlineText()
                text.atLineStart = false
                let inlines: [Inline] = switch cell.blocks.first {
                case let .plain(content)?, let .paragraph(content)?: content
                default: []
                }
                let flat = Self.breaksAsSpaces(Self.trimmingTrailingBreaks(inlines))
                render(flat, into: &text, depth: depth + 2)
                cells.append(text.text.trimmingSpaces().replacingOccurrences(of: "|", with: "\\|"))
            }
            while cells.count < columns { cells.append("") }
            rows.append(cells)
        }
        return rows
    }

    /// A cell a pipe table can hold: no span, and no blocks but one run of inlines without hard breaks.
    private static func fitsPipeCell(_ cell: Table.Cell) -> Bool {
        guard cell.columnSpan <= 1, cell.rowSpan <= 1, cell.blocks.count <= 1 else { return false }
        switch cell.blocks.first {
        case nil: return true
        case let .plain(content)?, let .paragraph(content)?:
            return !trimmingTrailingBreaks(content).contains { $0 == .lineBreak }
        default: return false
        }
    }

    /// The table as the HTML writer writes it, one raw HTML block with no blank line inside.
    private func htmlTableLines(_ table: Table) -> [String] {
        let html = HTMLWriter().renderBody([.table(table)], context: context)
        return html.split(separator: "\n").map(String.init).filter { !$0.trimmingSpaces().isEmpty }
    }
}

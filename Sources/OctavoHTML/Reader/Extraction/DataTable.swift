/// Tells data tables (rows and columns of facts) from layout tables (page structure drawn
/// with a table), the way browsers' reader modes do.
enum DataTable {
    static func isDataTable(_ page: HTMLPage, _ table: Int) -> Bool {
        if page.attribute(table, "role") == "presentation" || page.attribute(table, "datatable") == "0" { return false }
        if page.attribute(table, "summary") != nil { return true }
        var rows = 0, columns = 0
        var stack = page.children(table).reversed().map { $0 }
        while let next = stack.popLast() {
            guard page.isElement(next) else { continue }
            switch page.name(next) {
            case "caption" where !page.children(next).isEmpty: return true
            case "col", "colgroup", "tfoot", "thead", "th": return true
            case "table": return false
            case "tr":
                rows += 1
                let cells = page.children(next).filter { ["td", "th"].contains(page.name($0)) }
                columns = max(columns, cells.reduce(0) { $0 + max(1, Int(page.attribute($1, "colspan") ?? "") ?? 1) })
                stack.append(contentsOf: page.children(next).reversed())
            default:
                stack.append(contentsOf: page.children(next).reversed())
            }
        }
        if rows <= 1 || columns <= 1 { return false }
        if rows >= 10 || columns > 4 { return true }
        return rows * columns > 10
    }
}

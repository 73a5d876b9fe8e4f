import Foundation
import OctavoCore

/// The rows of a CSV file (RFC 4180: fields separated by commas, double quotes around a field
/// that holds commas, quotes or line breaks, `""` for a quote inside one) as a table document.
enum CSVTable {
    /// What is wrong with the input, and on which line (from 1).
    struct Problem: Error {
        var line: Int
        var message: String
    }

    /// The rows of `text`. Lines end with LF or CRLF; a last empty line is not a row.
    static func rows(of text: String) throws(Problem) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, line = 1, quoteLine = 1, afterQuote = false
        var characters = text.makeIterator()
        while let character = characters.next() {
            if quoted {
                if character == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where afterQuote:
                field.append("\"")
                quoted = true
                afterQuote = false
            case "\"" where field.isEmpty:
                quoted = true
                quoteLine = line
            case "\"":
                throw Problem(line: line, message: "a quote inside an unquoted field (quote the whole field)")
            case ",":
                row.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                afterQuote = false
                line += 1
            default:
                if afterQuote { throw Problem(line: line, message: "text after a closing quote") }
                field.append(character)
            }
        }
        if quoted { throw Problem(line: quoteLine, message: "a quoted field is not closed") }
        if !field.isEmpty || !row.isEmpty || afterQuote {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    /// A document titled `title` holding one table: the first row is its head, and columns
    /// whose body cells are all numbers are aligned right.
    static func document(_ rows: [[String]], title: String?) -> Document {
        guard let head = rows.first else { return Document(metadata: Metadata(title: title)) }
        let body = Array(rows.dropFirst())
        let width = rows.map(\.count).max() ?? 0
        let alignments: [Table.Alignment] = (0..<width).map { column in
            let values = body.compactMap { column < $0.count ? $0[column] : nil }.filter { !$0.isEmpty }
            return !values.isEmpty && values.allSatisfy { Double($0) != nil } ? .right : .none
        }
        let cells: ([String]) -> Table.Row = { $0.map { Table.Cell($0.isEmpty ? [] : [.text($0)]) } }
        let table = Table(alignments: alignments, head: [cells(head)], body: body.map(cells))
        return Document(metadata: Metadata(title: title), blocks: [.table(table)])
    }
}

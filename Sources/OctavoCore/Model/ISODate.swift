import Foundation

/// Dates in the forms books and web pages need: the W3C profile of ISO 8601 (`dc:date`), the
/// calendar day a reader is shown, and what HTML's `<time datetime>` accepts.
public enum ISODate {
    /// A W3C date for `raw`: kept when already a full date and time, its leading calendar date
    /// when it starts with one, or read from a few common written forms (`March 5, 2024`,
    /// `5 March 2024`, `Tue, 19 Nov 2019`). `nil` when no valid date can be read.
    public static func normalized(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let full = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$"#
        if text.range(of: full, options: .regularExpression) != nil, valid(String(text.prefix(10))) != nil { return text }
        return day(text)
    }

    /// The calendar date (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when that is all there is) that
    /// `raw` starts with or spells out, or `nil`. Years before 1000 are placeholders, not dates.
    public static func day(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let end = leadingDateEnd(text) {
            let rest = text[end...]
            if rest.isEmpty || rest.first == "T" || rest.first == " " { return valid(String(text[..<end])) }
        }
        return written(text)
    }

    /// Where the `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that `text` opens with ends (ASCII digits), if
    /// it opens with one. Read byte by byte: a regular expression here was 1% of reading a web page.
    private static func leadingDateEnd(_ text: String) -> String.Index? {
        let bytes = Array(text.utf8.prefix(10))
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && bytes[range].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
        func dash(_ at: Int) -> Bool { at < bytes.count && bytes[at] == UInt8(ascii: "-") }
        guard digits(0..<4) else { return nil }
        var length = 4
        if dash(4), digits(5..<7) {
            length = 7
            if dash(7), digits(8..<10) { length = 10 }
        }
        return text.utf8.index(text.utf8.startIndex, offsetBy: length)
    }

    /// Whether `text` is a value HTML allows in `<time datetime>` for a date or a date and time
    /// (at most three digits of fractional seconds; an optional `Z` or `±hh:mm` offset).
    public static func isValidDatetime(_ text: String) -> Bool {
        let pattern = #"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"#
        return text.range(of: pattern, options: .regularExpression) != nil && valid(String(text.prefix(10))) != nil
    }

    /// `date` when its year is 1000 or later and its month and day are in range.
    private static func valid(_ date: String) -> String? {
        let parts = date.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first, year >= 1000 else { return nil }
        if parts.count >= 2, !(1...12).contains(parts[1]) { return nil }
        if parts.count >= 3, !(1...31).contains(parts[2]) { return nil }
        return date
    }

    private static let writtenForms = ["MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "EEEE, MMMM d, yyyy",
                                       "EEE, d MMM yyyy"]

    private static func written(_ text: String) -> String? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in writtenForms {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) {
                formatter.dateFormat = "yyyy-MM-dd"
                return valid(formatter.string(from: date))
            }
        }
        return nil
    }
}

/// How a text-like writer lays out paragraphs: one line each, or wrapped at a column.
///
/// Written and read as `none` or a positive column number (`--wrap 80`, `wrap: none` in a batch
/// manifest), so every place that takes the setting parses it the same way.
public enum Wrap: Hashable, Sendable, LosslessStringConvertible {
    /// Each paragraph on one line.
    case none
    /// Lines at most this many columns wide (a word longer than that stands alone).
    case column(Int)

    /// `none`, or a positive whole number; anything else is `nil`.
    public init?(_ description: String) {
        if description.lowercased() == "none" {
            self = .none
        } else if let column = Int(description), column > 0 {
            self = .column(column)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .none: "none"
        case let .column(column): String(column)
        }
    }

    /// The wrap column, or `nil` for one line per paragraph.
    public var width: Int? {
        switch self {
        case .none: nil
        case let .column(column): column
        }
    }
}

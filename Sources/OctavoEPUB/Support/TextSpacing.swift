/// White space in text written into the package and navigation documents.
enum TextSpacing {
    /// `text` with runs of white space (including line breaks) folded to single spaces and trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

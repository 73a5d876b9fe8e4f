extension FormatRegistry {
    /// The built-in reader for a media type from a web server's `Content-Type`, or `nil` when the
    /// type says too little (`text/plain`, `application/octet-stream`) and the content decides.
    public static func readerName(forMediaType mediaType: String) -> String? {
        switch mediaType.lowercased() {
        case "text/html", "application/xhtml+xml": "html"
        case "text/markdown", "text/x-markdown": "markdown"
        case "text/vtt", "application/x-subrip", "text/srt": "transcript"
        default: nil
        }
    }
}

import Foundation

extension WebInputs {
    /// A file name for the output of a URL input in a batch: host and path made into one safe
    /// name (`https://example.org/posts/a-b.html` → `example.org-posts-a-b.epub`).
    public static func outputName(for url: String, extension ext: String) -> String {
        let components = URLComponents(string: url)
        var path = components?.path ?? ""
        if let dot = path.lastIndex(of: "."), !path[dot...].contains("/") { path = String(path[..<dot]) }
        let raw = (components?.host ?? "page") + "/" + path + (components?.query.map { "-" + $0 } ?? "")
        let safe = raw.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" ? $0 : "-" }
        let collapsed = String(safe).split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
        return String(collapsed.prefix(150)) + "." + ext
    }
}

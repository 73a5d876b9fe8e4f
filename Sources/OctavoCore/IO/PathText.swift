import Foundation

/// File paths taken apart as text. Foundation's `URL(fileURLWithPath:)` asks the file system
/// whether each path is a folder (and the working folder, for a relative one): a batch of
/// hundreds of files paid several system calls a file for names it only needed to split.
package enum PathText {
    /// `a/b.md` → `b.md`; `/` → `/`.
    package static func lastComponent(_ path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        let name = trimmed[trimmed.index(after: slash)...]
        return name.isEmpty ? "/" : String(name)
    }

    /// `a/b.tar.gz` → `gz`; none for `README`, `.profile` or `name.`.
    package static func pathExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// `a/b.md` → `a`; `b.md` → `.`; `/b.md` → `/`.
    package static func folder(_ path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// `path` made absolute against `workingFolder`, with `.`, `..` and doubled slashes taken out
    /// as text (links are left to ``BatchPlanner/canonical(_:)``).
    package static func standardized(_ path: String, in workingFolder: String) -> String {
        let full = path.hasPrefix("/") ? path : workingFolder + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}

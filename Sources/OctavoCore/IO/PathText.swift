import Foundation

/// File paths taken apart as text. Foundation's `URL(fileURLWithPath:)` asks the file system
/// whether each path is a folder (and the working folder, for a relative one): a batch of
/// hundreds of files paid several system calls a file for names it only needed to split.
///
/// The separators are ASCII, so paths are split on their UTF-8 bytes, not on characters
/// (which would group each character's Unicode scalars first): a batch splits every path a few times.
package enum PathText {
    private static let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")

    /// `a/b.md` → `b.md`; `/` → `/`.
    package static func lastComponent(_ path: String) -> String {
        String(name(path))
    }

    /// `a/b.tar.gz` → `gz`; none for `README`, `.profile` or `name.`.
    package static func pathExtension(_ path: String) -> String {
        let name = name(path)
        guard let dot = name.utf8.lastIndex(of: dot), dot != name.startIndex,
              name.utf8.index(after: dot) != name.endIndex else { return "" }
        return String(name[name.utf8.index(after: dot)...])
    }

    /// `a/b.md` → `a`; `b.md` → `.`; `/b.md` → `/`.
    package static func folder(_ path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.utf8.lastIndex(of: slash) else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// `path` made absolute against `workingFolder`, with `.`, `..` and doubled slashes taken out
    /// as text (links are left to `BatchPlanner.canonical(_:)`).
    package static func standardized(_ path: String, in workingFolder: String) -> String {
        let full = path.utf8.first == slash ? path : workingFolder + "/" + path
        var parts: [Substring] = []
        for part in full.utf8.split(separator: slash) {
            switch (part.count, part.first, part.last) {
            case (1, dot, _): continue
            case (2, dot, dot): if !parts.isEmpty { parts.removeLast() }
            default: parts.append(Substring(part))
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The last component of `path`, without trailing slashes (`/` for the root).
    private static func name(_ path: String) -> Substring {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.utf8.lastIndex(of: slash) else { return trimmed }
        let name = trimmed[trimmed.utf8.index(after: slash)...]
        return name.isEmpty ? "/" : name
    }

    /// `a/b//` → `a/b`; `/` and `//` → `/`.
    private static func trimmingTrailingSlashes(_ path: String) -> Substring {
        var trimmed = path[...]
        while trimmed.utf8.count > 1, trimmed.utf8.last == slash { trimmed = trimmed.dropLast() }
        return trimmed
    }
}

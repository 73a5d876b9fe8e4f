import Foundation
import OctavoCore
import OctavoHTML

/// The second pass: points each link at where its target ended up. `#fragment` links follow their
/// element to its chapter file; links to another input of the book go to that input's first
/// chapter; web, mail and phone links stay; anything else would dangle, so its text stays unlinked.
struct LinkResolver: Sendable {
    let ids: IDRegistry
    /// An input's standardized path → the file of its first chapter.
    let documentFiles: [String: String]
    /// An input's standardized path → its index in the book.
    let documentIndexes: [String: Int]

    private static let keptSchemes = ["http:", "https:", "mailto:", "tel:", "ftp:"]

    func resolve(_ blocks: [Block], in chapter: PreparedChapter, sourcePath: String?, context: ConversionContext) -> [Block] {
        ModelRewrite(inline: { inline, _ in
            guard case var .link(link) = inline else { return nil }
            guard let destination = target(of: link.destination, from: chapter, sourcePath: sourcePath) else {
                context.report(.info, "link to \(link.destination.prefix(120)) has no target in the book; its text is kept unlinked",
                               file: sourcePath, source: "epub.links")
                return link.content
            }
            link.destination = destination
            return [.link(link)]
        }).blocks(blocks, structural: true)
    }

    /// Where a link of the chapter's raw HTML goes in the book; `nil` (reported) when nowhere.
    func rawHTMLTarget(of destination: String, in chapter: PreparedChapter, sourcePath: String?,
                       context: ConversionContext) -> String? {
        if let resolved = target(of: destination, from: chapter, sourcePath: sourcePath) { return resolved }
        context.report(.info, "link to \(destination.prefix(120)) in raw HTML has no target in the book; it is left out",
                       file: sourcePath, source: "epub.links")
        return nil
    }

    /// The destination of a link that leaves the book (web, mail, phone), ready to write; `nil`
    /// for every other link, which needs the whole book to resolve.
    static func external(_ destination: String) -> String? {
        let trimmed = trimmed(destination)
        let lower = trimmed.prefix(8).lowercased()
        if lower.hasPrefix("http:") || lower.hasPrefix("https:") {
            return hasValidHost(trimmed) ? encodedURL(trimmed) : nil
        }
        if keptSchemes.contains(where: lower.hasPrefix) { return encodedURL(trimmed) }
        if lower.hasPrefix("//") { return hasValidHost("https:" + trimmed) ? encodedURL("https:" + trimmed) : nil }
        return nil
    }

    /// Whether a web URL names a host reading systems can parse: labels of letters, digits and
    /// hyphens (any script), or a bracketed IPv6 address.
    static func hasValidHost(_ url: String) -> Bool {
        guard let start = authorityStart(url) else { return false }
        let bytes = url.utf8
        let end = bytes[start...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
        var authority = url[start..<(end ?? url.endIndex)]
        if let at = authority.utf8.lastIndex(of: UInt8(ascii: "@")) { authority = authority[authority.index(after: at)...] }
        if authority.hasPrefix("[") { return authority.contains("]") }
        if let colon = authority.utf8.lastIndex(of: UInt8(ascii: ":")) {
            guard authority[authority.index(after: colon)...].utf8.allSatisfy({ $0 < 0x80 }) else { return false }
            authority = authority[..<colon]
        }
        let labels = authority.split(separator: ".", omittingEmptySubsequences: false)
        guard !authority.isEmpty, !labels.isEmpty else { return false }
        return labels.enumerated().allSatisfy { index, label in
            (!label.isEmpty || (index == labels.count - 1 && labels.count > 1))   // a trailing dot is allowed
                && !label.hasPrefix("-") && !label.hasSuffix("-")
                && (label.utf8.allSatisfy(isASCIIHostByte) || label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        }
    }

    /// Where the authority of `url` begins: just after its first `://`.
    private static func authorityStart(_ url: String) -> String.Index? {
        let bytes = url.utf8
        var from = bytes.startIndex
        while let colon = bytes[from...].firstIndex(of: UInt8(ascii: ":")) {
            from = bytes.index(after: colon)
            if bytes[from...].starts(with: "//".utf8) { return bytes.index(from, offsetBy: 2) }
        }
        return nil
    }

    /// An ASCII letter, digit, `-` or `_` (the common case, checked before any Unicode property).
    private static func isASCIIHostByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }

    /// Whether `destination` opens with a URL scheme (`letter (letter | digit | + | . | -)* :`).
    static func hasScheme(_ destination: String) -> Bool {
        var bytes = destination.utf8.makeIterator()
        guard let first = bytes.next(), (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z") else { return false }
        while let byte = bytes.next() {
            if byte == UInt8(ascii: ":") { return true }
            let lower = byte | 0x20
            guard (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") else { return false }
        }
        return false
    }

    private func target(of destination: String, from chapter: PreparedChapter, sourcePath: String?) -> String? {
        if let external = Self.external(destination) { return external }
        let trimmed = Self.trimmed(destination)
        if trimmed.hasPrefix("#") {
            return fragment(String(trimmed.dropFirst()), document: chapter.documentIndex, from: chapter.fileName)
        }
        if trimmed.isEmpty || Self.hasScheme(trimmed) { return nil }
        // A relative path: is it another input of this book?
        guard let sourcePath else { return nil }
        let parts = trimmed.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        let folder = URL(fileURLWithPath: sourcePath).deletingLastPathComponent()
        let key = folder.appendingPathComponent(pathPart).standardizedFileURL.path
        guard let file = documentFiles[key], let index = documentIndexes[key] else { return nil }
        if parts.count == 2, !parts[1].isEmpty {
            return fragment(String(parts[1]), document: index, from: chapter.fileName) ?? file
        }
        return file
    }

    private func fragment(_ raw: String, document: Int, from file: String) -> String? {
        let name = raw.removingPercentEncoding ?? raw
        guard !name.isEmpty, let target = ids.target(of: name, document: document) else { return nil }
        guard let id = target.id else { return target.file }
        return target.file == file ? "#" + id : target.file + "#" + id
    }

    /// `destination` without leading and trailing whitespace and newlines (most have none).
    static func trimmed(_ destination: String) -> String {
        let scalars = destination.unicodeScalars, spaces = CharacterSet.whitespacesAndNewlines
        guard let first = scalars.first, let last = scalars.last, !spaces.contains(first), !spaces.contains(last) else {
            return destination.trimmingCharacters(in: spaces)
        }
        return destination
    }

    /// `url` with the characters URLs may not contain literally (spaces, quotes, brackets) percent-encoded.
    static func encodedURL(_ url: String) -> String {
        guard url.utf8.contains(where: { $0 < 0x21 || $0 == 0x7F || "\"<>\\^`{|}".utf8.contains($0) }) else { return url }
        var out = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ", "\"", "<", ">", "\\", "^", "`", "{", "|", "}":
                out += String(format: "%%%02X", scalar.value)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The table of input paths for `chapters` made from `book`.
    static func documentTables(book: Book, chapters: [PreparedChapter]) -> (files: [String: String], indexes: [String: Int]) {
        var files: [String: String] = [:], indexes: [String: Int] = [:]
        for chapter in chapters {
            guard let path = book.documents[chapter.documentIndex].sourcePath else { continue }
            let key = URL(fileURLWithPath: path).standardizedFileURL.path
            if files[key] == nil {
                files[key] = chapter.fileName
                indexes[key] = chapter.documentIndex
            }
        }
        return (files, indexes)
    }
}

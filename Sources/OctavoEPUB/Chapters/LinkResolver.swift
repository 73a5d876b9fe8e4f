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
            guard case var .link(link) = inline else { return [inline] }
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
        guard let start = url.firstRange(of: "://") else { return false }
        var authority = url[start.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if authority.hasPrefix("[") { return authority.contains("]") }
        if let colon = authority.lastIndex(of: ":") {
            guard authority[authority.index(after: colon)...].allSatisfy(\.isASCII) else { return false }
            authority = authority[..<colon]
        }
        let labels = authority.split(separator: ".", omittingEmptySubsequences: false)
        guard !authority.isEmpty, !labels.isEmpty else { return false }
        return labels.enumerated().allSatisfy { index, label in
            (!label.isEmpty || (index == labels.count - 1 && labels.count > 1))   // a trailing dot is allowed
                && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        }
    }

    private func target(of destination: String, from chapter: PreparedChapter, sourcePath: String?) -> String? {
        if let external = Self.external(destination) { return external }
        let trimmed = Self.trimmed(destination)
        let lower = trimmed.lowercased()
        if trimmed.hasPrefix("#") {
            return fragment(String(trimmed.dropFirst()), document: chapter.documentIndex, from: chapter.fileName)
        }
        if trimmed.isEmpty || lower.range(of: "^[a-z][a-z0-9+.-]*:", options: .regularExpression) != nil { return nil }
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

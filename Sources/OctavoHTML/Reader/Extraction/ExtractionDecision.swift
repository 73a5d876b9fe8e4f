import Foundation
import OctavoCore

/// Decides whether `--extract auto` extracts: yes for a full page with navigation or other
/// chrome, or several candidate articles; no for a fragment or a page that is just an article.
enum ExtractionDecision {
    static let chromeTags: Set<String> = ["nav", "aside", "footer", "header", "form", "menu"]
    /// An article's own header and footer are not page chrome.
    static let articleParts: Set<String> = ["header", "footer"]
    static let chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search"]

    /// Whether the input is a fragment rather than a page (no doctype, `<html>` or `<body>`).
    static func isFragment(_ data: Data) -> Bool {
        // The tags are ASCII: the first 4 KB are searched as bytes, without case.
        !data.prefix(4096).withUnsafeBytes { pageTags.occurs(inBytes: $0.bindMemory(to: UInt8.self)) }
    }

    /// What a page has and a fragment lacks, in its first few kilobytes.
    static let pageTags = PhraseSet(["<html", "<body", "<!doctype"])

    static func shouldExtract(_ page: HTMLPage, dropped: [Bool], data: Data, mode: ConversionOptions.Extraction) -> Bool {
        switch mode {
        case .on: return true
        case .off: return false
        case .auto: break
        }
        if isFragment(data) { return false }
        var articles = 0
        for i in page.body..<page.count where !dropped[i] && page.isElement(i) {
            let name = page.name(i)
            if chromeTags.contains(name),
               !(articleParts.contains(name) && (page.hasAncestor(i, named: "article") || page.hasAncestor(i, named: "section"))) {
                return true
            }
            if let role = page.attribute(i, "role")?.lowercased(), chromeRoles.contains(role) { return true }
            let match = page.classAndID(i)
            if ClassHints.unlikelySet.occurs(in: match) && !ClassHints.maybeContentSet.occurs(in: match) { return true }
            if name == "article" { articles += 1 }
        }
        if articles > 1 { return true }
        // Many links for the text is a sign of navigation even without markup naming it.
        let metrics = NodeMetrics(page: page, dropped: dropped)
        return metrics.linkDensity(page.body) > 0.33
    }
}

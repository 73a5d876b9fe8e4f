/// The class/id vocabulary content extraction reads (the words Readability and similar
/// extractors have converged on). Matching is by lowercase substring, like their patterns.
enum ClassHints {
    /// Names that mark page chrome: comments, menus, footers, sidebars, ads, share boxes.
    static let unlikely = ["-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
                           "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
                           "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
                           "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "cookie", "newsletter",
                           "subscribe"]
    /// Names that rescue an element from ``unlikely`` (`main-header` is still main).
    static let maybeContent = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]
    static let positive = ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
                           "post", "text", "blog", "story"]
    static let negative = ["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
                           "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
                           "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget"]
    static let byline = ["byline", "author", "dateline", "writtenby", "p-author"]
    /// The lists above, each searched in one pass (``PhraseSet``).
    static let unlikelySet = PhraseSet(unlikely), maybeContentSet = PhraseSet(maybeContent)
    static let positiveSet = PhraseSet(positive), negativeSet = PhraseSet(negative), bylineSet = PhraseSet(byline)
    /// ARIA roles of chrome.
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]

    /// Whether `text` contains one of `words` (lowercase ASCII), ignoring ASCII case. A byte
    /// search: this runs for every element of every page, so it avoids Foundation's string search.
    static func matches(_ text: String, _ words: [String]) -> Bool {
        guard !text.isEmpty else { return false }
        var text = text
        return text.withUTF8 { haystack in
            words.contains { word in
                var word = word
                return word.withUTF8 { needle in containsIgnoringASCIICase(haystack, needle) }
            }
        }
    }

    /// Naive search, fine for the short names and words involved.
    static func containsIgnoringASCIICase(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count, h = haystack.count
        guard n > 0, n <= h else { return n == 0 }
        let first = needle[0]
        var i = 0
        while i <= h - n {
            if lower(haystack[i]) == first {
                var j = 1
                while j < n && lower(haystack[i + j]) == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// Whether `text` names a hidden element as a whole word (`hid`).
    static func isHidToken(_ text: String) -> Bool {
        matches(text, ["hid"]) && text.lowercased().split(separator: " ").contains("hid")
    }

    /// +25 for a content-like class and id each, −25 for a chrome-like one.
    static func weight(className: String, id: String) -> Double {
        var weight = 0.0
        for name in [className, id] where !name.isEmpty {
            if negativeSet.occurs(in: name) || isHidToken(name) { weight -= 25 }
            if positiveSet.occurs(in: name) { weight += 25 }
        }
        return weight
    }

    /// Whether the `share` word stands alone in a class or id (`share`, `post_share`, not `shared-state`).
    static func isShareWidget(_ text: String) -> Bool {
        guard matches(text, ["share"]) else { return false }
        let lower = text.lowercased()
        for word in ["share", "sharedaddy"] {
            var search = lower.startIndex
            while let range = lower.range(of: word, range: search..<lower.endIndex) {
                let before = range.lowerBound == lower.startIndex ? nil : lower[lower.index(before: range.lowerBound)]
                let after = range.upperBound == lower.endIndex ? nil : lower[range.upperBound]
                let boundary: (Character?) -> Bool = { c in c.map { !($0.isLetter || $0.isNumber) || $0 == "_" } ?? true }
                if boundary(before) && boundary(after) { return true }
                search = range.upperBound
            }
        }
        return false
    }
}

import OctavoCore

/// What the `<header>` of an article or page shows: title, subtitle, byline, date and source.
public struct ArticleHeader: Sendable, Hashable {
    /// The title; empty for none.
    public var title: [Inline]
    public var subtitle: String?
    public var authors: [String]
    /// As given; written in `<time datetime>` when it is an ISO 8601 date `datetime` accepts.
    public var date: String?
    /// A URL (written as a link) or a publication name.
    public var source: String?
    /// The site or publication name, used as the source link's text.
    public var siteName: String?
    /// The title's heading level (1 for a page, 2 for an article in a compilation).
    public var headingLevel: Int

    public init(title: [Inline] = [], subtitle: String? = nil, authors: [String] = [], date: String? = nil,
                source: String? = nil, siteName: String? = nil, headingLevel: Int = 1) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.date = date
        self.source = source
        self.siteName = siteName
        self.headingLevel = headingLevel
    }

    /// The header a document's metadata describes.
    public init(metadata: Metadata, headingLevel: Int = 1) {
        self.init(title: metadata.title.map { [.text($0)] } ?? [], subtitle: metadata.subtitle,
                  authors: metadata.authors, date: metadata.date, source: metadata.source,
                  siteName: metadata.siteName, headingLevel: headingLevel)
    }

    /// Whether there is nothing to show.
    public var isEmpty: Bool {
        title.isEmpty && subtitle == nil && authors.isEmpty && date == nil && source == nil && siteName == nil
    }
}

extension HTMLRenderer {
    /// Writes `<header>`…`</header>`. `heading`, when given, is rendered in place of the title
    /// (an article division's own first heading keeps its id and its place in the contents).
    mutating func renderHeader(_ header: ArticleHeader, heading: Heading? = nil, titleClass: String? = nil, depth: Int) {
        out.newline()
        out.raw("<header>\n")
        if let heading {
            renderBlock(.heading(heading), depth: depth + 1)
        } else if !header.title.isEmpty {
            var attributes = Attributes()
            if let titleClass { attributes.classes = [titleClass] }
            renderBlock(.heading(Heading(level: header.headingLevel, content: header.title, attributes: attributes)),
                        depth: depth + 1)
        }
        if let subtitle = header.subtitle, !subtitle.isEmpty {
            out.raw("<p class=\"subtitle\">")
            out.text(subtitle)
            out.raw("</p>\n")
        }
        let authors = header.authors.filter { !$0.isEmpty }
        if !authors.isEmpty {
            out.raw("<p class=\"byline\">")
            for (index, author) in authors.enumerated() {
                if index > 0 { out.raw(index == authors.count - 1 ? " and " : ", ") }
                out.raw("<span class=\"author\">")
                out.text(author)
                out.raw("</span>")
            }
            out.raw("</p>\n")
        }
        if let date = header.date, !date.isEmpty {
            out.raw("<p class=\"date\">")
            if Self.isISODate(date) {
                out.raw("<time")
                out.attribute("datetime", date)
                out.raw(">")
                out.text(date)
                out.raw("</time>")
            } else {
                out.text(date)
            }
            out.raw("</p>\n")
        }
        if let source = header.source ?? header.siteName, !source.isEmpty {
            out.raw("<p class=\"source\">")
            if source.hasPrefix("http://") || source.hasPrefix("https://") {
                out.raw("<a")
                out.urlAttribute("href", source)
                out.raw(">")
                out.text(header.siteName ?? source)
                out.raw("</a>")
            } else {
                out.text(source)
            }
            out.raw("</p>\n")
        }
        out.raw("</header>\n")
    }

    /// A date (possibly with a time) in a form `<time datetime>` accepts.
    static func isISODate(_ text: String) -> Bool {
        ISODate.isValidDatetime(text)
    }
}

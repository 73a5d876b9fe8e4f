import Foundation
import OctavoCore

/// What a drawn cover shows.
public struct CoverText: Hashable, Sendable {
    public var title: String
    public var authors: [String]
    /// The titles of a compilation's articles, listed under the title (empty for one document).
    public var articleTitles: [String]

    public init(title: String, authors: [String] = [], articleTitles: [String] = []) {
        self.title = title
        self.authors = authors
        self.articleTitles = articleTitles
    }
}

/// Draws a cover for a book that has none: the title large, the authors, and for a compilation
/// the list of its articles, on a colour picked from the title (so that books differ on a
/// shelf, and the same book always looks the same). A PNG, which every reading system shows.
public enum CoverPainter {
    /// The cover's size: the 2:3 of most e-reader screens.
    public static let size = PixelBox(width: 1600, height: 2400)
    /// What a drawn cover depends on besides its text: the revision of this drawing (raise it
    /// when the picture changes) and the libvips version. A cache of covers keys by it.
    public static var version: String { "2 libvips-" + VipsRuntime.version }
    /// Articles listed before "and N more".
    static let listedArticles = 18

    private static let palettes: [(background: RGB, ink: RGB, accent: RGB)] = [
        (RGB(31, 58, 95), RGB(246, 241, 229), RGB(230, 180, 80)),
        (RGB(92, 36, 44), RGB(248, 240, 228), RGB(222, 170, 120)),
        (RGB(28, 72, 64), RGB(240, 244, 236), RGB(214, 196, 120)),
        (RGB(48, 48, 56), RGB(244, 244, 244), RGB(200, 120, 90)),
        (RGB(238, 232, 218), RGB(40, 40, 48), RGB(170, 60, 50)),
    ]

    public static func png(_ text: CoverText) -> Result<NormalizedImage, ImageProblem> {
        do {
            return .success(NormalizedImage(data: try draw(text), mediaType: .png))
        } catch {
            return .failure(ImageProblem("the cover could not be drawn: \(error.message)"))
        }
    }

    private static func draw(_ text: CoverText) throws(VipsFailure) -> Data {
        let palette = palettes[Int(StableHash.fnv1a(text.title) % UInt64(palettes.count))]
        let canvas = try VipsCanvas(width: size.width, height: size.height, background: palette.background)
        let wrap = size.width - 2 * 150
        let bottom = size.height - 120
        let title = pango(text.title.isEmpty ? "Untitled" : text.title)
        // The largest title size whose lines fit in the upper part of the cover.
        var titleFont = "DejaVu Serif Bold 120"
        var titleHeight = 0
        for points in [120, 104, 88, 72, 60, 50] {
            titleFont = "DejaVu Serif Bold \(points)"
            titleHeight = try canvas.measure(title, font: titleFont, wrapWidth: wrap).height
            if titleHeight <= 900 { break }
        }
        titleHeight = min(titleHeight, 1000)
        let authors = text.authors.isEmpty ? nil : pango(text.authors.joined(separator: ", "))
        let authorsFont = "DejaVu Sans 60"
        var authorsHeight = 0
        if let authors { authorsHeight = min(300, try canvas.measure(authors, font: authorsFont, wrapWidth: wrap).height) + 100 }
        let headHeight = titleHeight + 240 + authorsHeight
        // The article list: the largest size at which it fits below the title, at most 20% below
        // the middle so that a short list does not sink to the bottom.
        var list: (markup: String, font: String, height: Int)?
        if !text.articleTitles.isEmpty {
            var lines = text.articleTitles.prefix(listedArticles).map { "• " + collapsed($0) }
            if text.articleTitles.count > listedArticles { lines.append("and \(text.articleTitles.count - listedArticles) more") }
            let markup = pango(lines.joined(separator: "\n"))
            let room = bottom - 200 - headHeight
            for points in [52, 46, 40, 34] {
                let font = "DejaVu Sans \(points)"
                let height = try canvas.measure(markup, font: font, wrapWidth: wrap).height
                list = (markup, font, min(height, room))
                if height <= room { break }
            }
        }
        // The whole block a little above the middle, its top between 200 and 520 pixels down.
        let blockHeight = headHeight + (list?.height ?? 0)
        var top = max(200, min(520, (size.height - blockHeight) / 2 - 150))
        try canvas.bar(width: size.width, height: 40, top: 0, colour: palette.accent)
        top += try canvas.text(title, font: titleFont, wrapWidth: wrap, top: top, bottom: top + 1000, colour: palette.ink)
        top += 80
        try canvas.bar(width: 240, height: 8, top: top, colour: palette.accent)
        top += 160
        if let authors {
            top += try canvas.text(authors, font: authorsFont, wrapWidth: wrap, top: top, bottom: top + 300, colour: palette.ink)
            top += 100
        }
        if let list {
            try canvas.text(list.markup, font: list.font, wrapWidth: wrap, top: top, bottom: bottom, colour: palette.ink)
        }
        try canvas.bar(width: size.width, height: 40, top: size.height - 40, colour: palette.accent)
        return try canvas.png()
    }

    /// `text` as Pango markup (an XML dialect): escaped like any markup text.
    static func pango(_ text: String) -> String { MarkupEscaping.escaped(text, forbidden: .dropped) }

    private static func collapsed(_ title: String) -> String {
        let words = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.count > 90 ? String(words.prefix(88)) + "…" : words
    }
}

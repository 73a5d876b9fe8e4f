extension Inline {
    /// The text a reader sees in `inlines`, without markup: what an `alt` attribute or a
    /// `<title>` holds. Breaks become spaces; footnotes are left out.
    public static func plainText(of inlines: [Inline]) -> String {
        var out = ""
        appendPlainText(of: inlines, to: &out)
        return out
    }

    private static func appendPlainText(of inlines: [Inline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case let .text(text), let .code(text): out += text
            case let .emphasis(content), let .strong(content), let .strikethrough(content),
                 let .superscript(content), let .subscript(content), let .span(_, content):
                appendPlainText(of: content, to: &out)
            case let .link(link): appendPlainText(of: link.content, to: &out)
            case let .image(image): appendPlainText(of: image.alt, to: &out)
            case .softBreak, .lineBreak: out += " "
            case .footnote, .raw: break
            }
        }
    }
}

import OctavoCore

extension TextRenderer {
    /// The inlines as text, without markup: hard breaks as `\n`, footnotes as `[n]` marks,
    /// links as `text <url>`, images as `[Image: alt]`.
    mutating func text(of inlines: [Inline], depth: Int = 0) -> String {
        var out: [UInt8] = []
        append(inlines, to: &out, depth: depth)
        return String(decoding: out, as: UTF8.self)
    }

    /// ``text(of:depth:)`` as UTF-8 bytes appended to `out`.
    mutating func append(_ inlines: [Inline], to out: inout [UInt8], depth: Int) {
        if depth > maxDepth {
            out.append(contentsOf: FlatText.of(inlines).utf8)
            return
        }
        for inline in inlines {
            switch inline {
            case let .text(text), let .code(text): Self.appendUTF8(text, to: &out)
            case let .emphasis(content), let .strong(content), let .strikethrough(content),
                 let .superscript(content), let .subscript(content), let .span(_, content):
                append(content, to: &out, depth: depth + 1)
            case let .link(link): appendLink(link, to: &out, depth: depth)
            case let .image(image):
                let alt = LineWrapper.collapse(FlatText.of(image.alt))
                out.append(contentsOf: (alt.isEmpty ? "[Image]" : "[Image: \(alt)]").utf8)
            case .softBreak: out.append(0x20)
            case .lineBreak: out.append(0x0A)
            case let .footnote(note): out.append(contentsOf: "[\(noteNumber(for: note))]".utf8)
            case let .raw(format, text): if Self.isTextFormat(format) { out.append(contentsOf: text.utf8) }
            }
        }
    }

    private mutating func appendLink(_ link: Link, to out: inout [UInt8], depth: Int) {
        var content: [UInt8] = []
        append(link.content, to: &content, depth: depth + 1)
        let destination = link.destination
        if destination.isEmpty || destination.hasPrefix("#") {
            out.append(contentsOf: content)
        } else if content.isEmpty {
            out.append(contentsOf: destination.utf8)
        } else if Self.destination(destination, repeats: content) {
            out.append(contentsOf: content)
        } else {
            out.append(contentsOf: content)
            out.append(contentsOf: " <".utf8)
            out.append(contentsOf: destination.utf8)
            out.append(UInt8(ascii: ">"))
        }
    }

    /// Whether the link's text is its address, possibly without the scheme (an autolink).
    private static func destination(_ destination: String, repeats content: [UInt8]) -> Bool {
        let address = Array(destination.utf8)
        if address == content { return true }
        for scheme in ["mailto:", "http://", "https://"] where address.count == scheme.utf8.count + content.count {
            if address.starts(with: scheme.utf8) && address[scheme.utf8.count...].elementsEqual(content) { return true }
        }
        return false
    }

    /// Appends a string's bytes in one copy (small strings have no contiguous storage to append from).
    @inline(__always)
    static func appendUTF8(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Raw content in these formats is already text and is kept.
    static func isTextFormat(_ format: String) -> Bool {
        switch format.lowercased() {
        case "text", "plain", "txt": true
        default: false
        }
    }
}

import OctavoCore

/// Trimming and emptiness checks for inline runs built from HTML text.
enum InlineWhitespace {
    /// Whether `inlines` show nothing (only spaces, no images, code or raw markup).
    static func isBlank(_ inlines: [Inline]) -> Bool {
        var stack = inlines[...].reversed().map { $0 }
        while let inline = stack.popLast() {
            switch inline {
            case let .text(text): if text.contains(where: { !$0.isWhitespace }) { return false }
            case .code, .image, .raw, .footnote: return false
            case .softBreak, .lineBreak: continue
            case let .emphasis(c), let .strong(c), let .strikethrough(c), let .superscript(c), let .subscript(c), let .span(_, c):
                stack.append(contentsOf: c)
            case let .link(link): stack.append(contentsOf: link.content)
            }
        }
        return true
    }

    /// `inlines` without leading spaces or line breaks, or trailing ones.
    static func trimmed(_ inlines: [Inline]) -> [Inline] {
        var out = merged(inlines)
        while let first = out.first {
            switch first {
            case .lineBreak, .softBreak: out.removeFirst(); continue
            case let .text(text):
                let stripped = String(text.drop { $0 == " " })
                if stripped.isEmpty { out.removeFirst(); continue }
                out[0] = .text(stripped)
            default: break
            }
            break
        }
        while let last = out.last {
            switch last {
            case .lineBreak, .softBreak: out.removeLast(); continue
            case let .text(text):
                var stripped = Substring(text)
                while stripped.last == " " { stripped = stripped.dropLast() }
                if stripped.isEmpty { out.removeLast(); continue }
                out[out.count - 1] = .text(String(stripped))
            case let .emphasis(c): out[out.count - 1] = .emphasis(trimmedEnd(c))
            case let .strong(c): out[out.count - 1] = .strong(trimmedEnd(c))
            case var .link(link):
                link.content = trimmedEnd(link.content)
                out[out.count - 1] = .link(link)
            default: break
            }
            break
        }
        return out
    }

    /// Adjacent text inlines joined into one.
    static func merged(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(inlines.count)
        for inline in inlines {
            if case let .text(next) = inline, case let .text(previous)? = out.last {
                out[out.count - 1] = .text(previous + next)
            } else {
                out.append(inline)
            }
        }
        return out
    }

    private static func trimmedEnd(_ inlines: [Inline]) -> [Inline] {
        guard case let .text(text)? = inlines.last, text.hasSuffix(" ") else { return inlines }
        var out = inlines
        var stripped = Substring(text)
        while stripped.last == " " { stripped = stripped.dropLast() }
        if stripped.isEmpty { out.removeLast() } else { out[out.count - 1] = .text(String(stripped)) }
        return out
    }
}

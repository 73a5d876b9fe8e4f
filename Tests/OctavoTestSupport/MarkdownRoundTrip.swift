import Foundation
import OctavoCore
import OctavoMarkdown

/// Markdown → model → Markdown → model, the Markdown writer's main property, and the model
/// comparison it is judged by.
public enum MarkdownRoundTrip {
    public struct Result: Sendable {
        /// The model read from the original.
        public var first: Document
        /// What the writer made of it.
        public var markdown: String
        /// The model read back from that.
        public var second: Document

        /// Whether both models say the same (see ``MarkdownRoundTrip/normalized(_:)``).
        public var isModelEqual: Bool {
            first.metadata == second.metadata && normalized(first.blocks) == normalized(second.blocks)
        }
    }

    /// Options for the spec examples: raw HTML kept as written, no wrapping.
    public static var keepingRawHTML: ConversionOptions {
        var options = ConversionOptions()
        options.rawHTML = .keep
        return options
    }

    /// Reads `markdown` in `dialect`, writes it in the same dialect with `options`, reads it back.
    public static func run(_ markdown: Data, dialect: MarkdownReader.Dialect,
                           options: ConversionOptions = keepingRawHTML) throws -> Result {
        let context = ConversionContext(options: options, environment: [:])
        let reader = MarkdownReader(dialect: dialect)
        let first = try reader.read(InputSource(data: markdown), context: context)
        let written = MarkdownWriter(dialect: dialect).render(Book(metadata: first.metadata, documents: [first]), context: context)
        let second = try reader.read(InputSource(data: Data(written.utf8)), context: context)
        return Result(first: first, markdown: written, second: second)
    }

    /// The blocks with adjacent text runs joined and empty ones dropped. Markdown splits text
    /// where it meets a backslash escape or a bracket (`a\*b` reads as three runs) and leaves
    /// empty runs beside autolinks, so runs say nothing about the document; all else must be equal.
    public static func normalized(_ blocks: [Block]) -> [Block] {
        blocks.rewritten(blocks: { (block: Block) -> [Block] in
            switch block {
            case let .paragraph(c): [.paragraph(joined(c))]
            case let .plain(c): [.plain(joined(c))]
            case let .heading(h): [.heading(Heading(level: h.level, content: joined(h.content), attributes: h.attributes))]
            default: [block]
            }
        }, inlines: { (inline: Inline) -> [Inline] in
            switch inline {
            case let .emphasis(c): [.emphasis(joined(c))]
            case let .strong(c): [.strong(joined(c))]
            case let .strikethrough(c): [.strikethrough(joined(c))]
            case let .link(link): [.link(Link(destination: link.destination, title: link.title, content: joined(link.content)))]
            case let .image(image):
                [.image(Image(source: image.source, title: image.title, alt: joined(image.alt), attributes: image.attributes))]
            default: [inline]
            }
        })
    }

    private static func joined(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines where inline != .text("") {
            if case let .text(more) = inline, case let .text(text)? = out.last {
                out[out.count - 1] = .text(text + more)
            } else {
                out.append(inline)
            }
        }
        return out
    }
}

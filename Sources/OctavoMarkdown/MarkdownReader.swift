import Foundation
import OctavoCore

/// Reads Markdown with cmark-gfm into the model.
///
/// Two dialects: `.gfm` (registered as `markdown`, aliases `md` and `gfm`) is CommonMark with
/// GitHub's tables, strikethrough, autolinks, task lists and footnotes; `.commonmark` is strict
/// CommonMark. Raw HTML is kept as `.raw(format: "html", …)` (no tag filter). With `.gfm`, a
/// leading YAML front matter block becomes ``Metadata`` (strict CommonMark reads it as Markdown). Nesting deeper than `limits.maxDepth` is flattened.
public struct MarkdownReader: DocumentReader {
    /// Which Markdown this reader accepts.
    public enum Dialect: Sendable, Hashable {
        /// CommonMark plus the GitHub extensions.
        case gfm
        /// Strict CommonMark, no extensions.
        case commonmark
    }

    public let dialect: Dialect
    public let format: FormatDescription

    public init(dialect: Dialect = .gfm) {
        self.dialect = dialect
        format = dialect.format(summary: dialect == .gfm
            ? "Markdown: CommonMark with GitHub tables, strikethrough, autolinks, task lists, footnotes"
            : "Strict CommonMark, no extensions")
    }

    public func read(_ input: InputSource, context: ConversionContext) throws -> Document {
        var builder = MarkdownTreeBuilder(maxDepth: context.options.limits.maxDepth)
        var metadata = Metadata()
        var lineOffset = 0
        input.data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var body = bytes
            if dialect == .gfm, let frontMatter = FrontMatter.locate(in: bytes) {
                do throws(FrontMatterMetadata.Failure) {
                    metadata = try FrontMatterMetadata.parse(frontMatter.yaml)
                    body = UnsafeRawBufferPointer(rebasing: bytes[frontMatter.bodyOffset...])
                    lineOffset = frontMatter.lineCount
                } catch {
                    context.report(.warning, "\(error.message); the block is read as Markdown instead",
                                   file: input.displayName, line: error.line.map { $0 + 1 } ?? 1, source: "markdown.front-matter")
                }
            }
            CmarkParser.parse(body, gfm: dialect == .gfm, into: &builder)
        }
        let blocks = builder.finish()
        for diagnostic in builder.diagnostics {
            context.report(.warning, diagnostic.message, file: input.displayName,
                           line: diagnostic.line.map { $0 + lineOffset }, source: "markdown")
        }
        return Document(metadata: metadata, blocks: blocks, resources: builder.resources, sourcePath: input.path)
    }

    /// Markdown has no signature; a leading front matter fence or ATX heading is a weak hint.
    public func sniff(_ prefix: [UInt8]) -> Double {
        guard dialect == .gfm else { return 0 }
        if prefix.starts(with: Array("---\n".utf8)) || prefix.starts(with: Array("# ".utf8)) { return 0.3 }
        return 0
    }
}

extension MarkdownReader.Dialect {
    /// The dialect's format name, aliases and extensions (shared by the reader and the writer).
    func format(summary: String) -> FormatDescription {
        switch self {
        case .gfm: FormatDescription(name: "markdown", aliases: ["md", "gfm"], extensions: ["md", "markdown"], summary: summary)
        case .commonmark: FormatDescription(name: "commonmark", aliases: ["cmark"], summary: summary)
        }
    }
}

import Foundation
import OctavoCore
import OctavoTestSupport
import Testing
@testable import OctavoTranscript

/// The recovered outline of `samples/pasted-blog-compilation.txt`: one article per pasted post
/// with its title and byline, the block quotes, the `**` footnote and the removed remnants.
@Suite struct SampleOutlineTests {
    @Test func pastedBlogCompilationOutline() throws {
        let (document, diagnostics) = try Transcript.read(file: Transcript.sample)
        var outline = "title: \(document.metadata.title ?? "-")\n"
        for block in document.blocks {
            guard case let .division(attributes, children) = block, attributes.hasClass(Conventions.Class.article) else {
                outline += "top-level \(block.typeName)\n"
                continue
            }
            var title = "-"
            if case let .heading(h)? = children.first { title = Inline.plainText(of: h.content) }
            outline += "article: \(title)\n"
            for key in [Conventions.Key.author, Conventions.Key.source, Conventions.Key.date] {
                if let value = attributes[key] { outline += "  \(key): \(value)\n" }
            }
            var quotes = 0, notes: [String] = [], paragraphs = 0, subheadings: [String] = []
            children.visit(block: { b in
                switch b {
                case .blockQuote: quotes += 1
                case .paragraph: paragraphs += 1
                case let .heading(h) where h.level > 1: subheadings.append(Inline.plainText(of: h.content))
                default: break
                }
            }, inline: { i in
                if case let .footnote(f) = i { notes.append(f.label ?? "") }
            })
            outline += "  paragraphs: \(paragraphs), block quotes: \(quotes), footnotes: \(notes)\n"
            for s in subheadings { outline += "  section: \(s)\n" }
        }
        outline += "removed:\n"
        for d in diagnostics where d.source == "transcript.boilerplate" { outline += "  line \(d.line ?? 0): \(d.message)\n" }
        Golden.check(outline, against: Repository.fixtures("OctavoTranscriptTests").appendingPathComponent("pasted-blog-compilation.outline"))
    }
}

import Foundation
import OctavoCore
import OctavoTestSupport
@testable import OctavoTranscript

/// Reading helpers shared by the transcript tests.
enum Transcript {
    static var corpus: URL { Repository.shared.appendingPathComponent("corpus/transcripts") }
    static var sample: URL { Repository.shared.appendingPathComponent("samples/pasted-blog-compilation.txt") }

    /// Reads `text` (or the file at `url`) with the transcript reader.
    static func read(_ text: String, options: ConversionOptions = .init(), path: String? = "test.txt") throws -> (Document, [Diagnostic]) {
        try read(Data(text.utf8), options: options, path: path)
    }

    static func read(_ data: Data, options: ConversionOptions = .init(), path: String? = "test.txt") throws -> (Document, [Diagnostic]) {
        let context = ConversionContext(options: options, environment: [:])
        let document = try TranscriptReader().read(InputSource(data: data, path: path), context: context)
        return (document, context.diagnostics)
    }

    static func read(file url: URL, options: ConversionOptions = .init()) throws -> (Document, [Diagnostic]) {
        try read(try Data(contentsOf: url), options: options, path: url.path)
    }

    /// The document's text as a reader sees it: paragraphs, one a line; a turn starts with
    /// `SPEAKER: `; footnotes follow their paragraph; article attributes (byline) are included.
    static func plainText(_ document: Document) -> String {
        var out: [String] = []
        collect(document.blocks, into: &out)
        return out.joined(separator: "\n")
    }

    private static func collect(_ blocks: [Block], into out: inout [String]) {
        for block in blocks {
            switch block {
            case let .paragraph(inlines), let .plain(inlines): out.append(text(inlines, notes: &out))
            case let .heading(h): out.append(text(h.content, notes: &out))
            case let .blockQuote(children): collect(children, into: &out)
            case let .list(list):
                for item in list.items { collect(item.blocks, into: &out) }
            case let .codeBlock(code): out.append(code.text)
            case .thematicBreak: out.append("---")
            case .table, .figure, .definitionList, .raw: break
            case let .lineBlock(lines): for line in lines { out.append(text(line, notes: &out)) }
            case let .division(attributes, children):
                if attributes.hasClass(Conventions.Class.article) {
                    var head = children
                    if case .heading? = head.first { collect([head.removeFirst()], into: &out) }
                    let byline = [attributes[Conventions.Key.author], attributes[Conventions.Key.source], attributes[Conventions.Key.date]]
                        .compactMap { $0 }
                    if !byline.isEmpty { out.append("By " + byline.joined(separator: ", ")) }
                    collect(head, into: &out)
                } else if attributes.hasClass(Conventions.Class.turn), let speaker = attributes[Conventions.Key.speaker] {
                    var inner: [String] = []
                    collect(children, into: &inner)
                    if inner.isEmpty { out.append("\(speaker):") } else {
                        inner[0] = "\(speaker): " + inner[0]
                        out.append(contentsOf: inner)
                    }
                } else {
                    collect(children, into: &out)
                }
            }
        }
    }

    private static func text(_ inlines: [Inline], notes: inout [String]) -> String {
        var s = ""
        var footnotes: [Footnote] = []
        func walk(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case let .text(t), let .code(t): s += t
                case let .emphasis(c), let .strong(c), let .strikethrough(c), let .superscript(c), let .subscript(c), let .span(_, c): walk(c)
                case let .link(l): walk(l.content)
                case let .image(i): walk(i.alt)
                case .softBreak, .lineBreak: s += " "
                case let .footnote(f): s += f.label ?? "*"; footnotes.append(f)
                case .raw: break
                }
            }
        }
        walk(inlines)
        for note in footnotes {
            var inner: [String] = []
            collect(note.blocks, into: &inner)
            s += "\n" + (note.label ?? "") + inner.joined(separator: " ")
        }
        return s
    }
}

import Foundation
import OctavoCore
@testable import OctavoHTML

/// The readability scorer: token F1 between the visible text of the expected article and the
/// text of what the reader produced. Tokens are lowercase runs of letters, digits and `_` (what
/// a regular expression's `\w+` matches); F1 is taken over token multisets.
enum TokenF1 {
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" || character.unicodeScalars.allSatisfy({ $0.properties.isDiacritic || $0.properties.generalCategory == .nonspacingMark }) && !current.isEmpty {
                current.append(character)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func score(expected: [String], actual: [String]) -> Double {
        if expected.isEmpty && actual.isEmpty { return 1 }
        var counts: [String: Int] = [:]
        for token in expected { counts[token, default: 0] += 1 }
        var common = 0
        for token in actual where counts[token, default: 0] > 0 {
            counts[token]! -= 1
            common += 1
        }
        guard common > 0 else { return 0 }
        let precision = Double(common) / Double(actual.count), recall = Double(common) / Double(expected.count)
        return 2 * precision * recall / (precision + recall)
    }

    /// Elements whose boundaries do not separate words.
    static let inlineTags: Set<String> = ["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
                                          "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
                                          "u", "var", "del", "ins", "strike", "tt", "big", "label", "wbr"]

    /// The visible text of an HTML file (no scripts, styles or head), parsed with the project's parser.
    static func visibleText(ofHTML data: Data) throws -> String {
        let tree = try HTMLParser.parseDocument(data)
        var out = ""
        var stack: [(Int, Bool)] = [(tree.root, false)]
        while let (i, closing) = stack.popLast() {
            let node = tree[i]
            if closing { out += " "; continue }
            switch node.kind {
            case .text: out += node.text
            case .comment: continue
            case .element:
                if ["script", "style", "head", "template", "noscript"].contains(node.name) { continue }
                let separates = !inlineTags.contains(node.name)
                if separates { out += " "; stack.append((i, true)) }
                stack.append(contentsOf: node.children.reversed().map { ($0, false) })
            }
        }
        return out
    }
}

/// The text a reader of the model sees: every block's inlines, table cells, captions and notes
/// (image alternative text and raw markup are not shown, so they are left out).
enum ModelText {
    static func text(of blocks: [Block]) -> String {
        var out = ""
        for block in blocks { append(block, to: &out) }
        return out
    }

    private static func append(_ block: Block, to out: inout String) {
        switch block {
        case let .paragraph(inlines), let .plain(inlines): append(inlines, to: &out)
        case let .heading(heading): append(heading.content, to: &out)
        case let .blockQuote(blocks), let .division(_, blocks): for b in blocks { append(b, to: &out) }
        case let .list(list): for item in list.items { for b in item.blocks { append(b, to: &out) } }
        case let .codeBlock(code): out += code.text + " "
        case .thematicBreak: break
        case let .raw(format, text): if format == "html" { out += visibleText(ofMarkup: text) }
        case let .table(table):
            append(table.caption, to: &out)
            for row in table.head + table.body { for cell in row { for b in cell.blocks { append(b, to: &out) } } }
        case let .figure(figure):
            for b in figure.content { append(b, to: &out) }
            append(figure.caption, to: &out)
        case let .definitionList(items):
            for item in items {
                append(item.term, to: &out)
                for definition in item.definitions { for b in definition { append(b, to: &out) } }
            }
        case let .lineBlock(lines): for line in lines { append(line, to: &out) }
        }
        out += " "
    }

    /// Raw HTML as a browser shows it: the text between its tags.
    private static func visibleText(ofMarkup markup: String) -> String {
        (try? TokenF1.visibleText(ofHTML: Data(("<body>" + markup + "</body>").utf8))) ?? ""
    }

    private static func append(_ inlines: [Inline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case let .text(text), let .code(text): out += text
            case let .emphasis(c), let .strong(c), let .strikethrough(c), let .superscript(c), let .subscript(c), let .span(_, c):
                append(c, to: &out)
            case let .link(link): append(link.content, to: &out)
            case .image: break
            case let .raw(format, text): if format == "html" { out += visibleText(ofMarkup: text) }
            case .softBreak, .lineBreak: out += " "
            case let .footnote(note):
                out += " "
                for b in note.blocks { append(b, to: &out) }
            }
        }
        out += " "
    }
}

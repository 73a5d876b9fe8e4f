internal import CCmarkGFM
import Foundation
import OctavoCore

/// The only place that talks to cmark-gfm: parses bytes, walks the C tree without recursion and
/// hands every node to a ``MarkdownTreeBuilder`` as pure Swift values. The parser and every node
/// are freed before `parse` returns, on every path.
enum CmarkParser {
    /// Parses `bytes` and feeds the tree to `builder`. Footnote definitions are walked first
    /// (in reverse order) so that every reference in the body finds its definition converted.
    static func parse(_ bytes: UnsafeRawBufferPointer, gfm: Bool, into builder: inout MarkdownTreeBuilder) {
        var options = CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8
        if gfm { options |= CMARK_OPT_FOOTNOTES }
        guard let parser = CmarkGlobalTables.parser(options: options, gfm: gfm) else { return }
        defer { cmark_parser_free(parser) }
        var finished: OpaquePointer?
        CmarkGlobalTables.lock.withLock { _ in
            if let base = bytes.baseAddress, bytes.count > 0 {
                cmark_parser_feed(parser, base.assumingMemoryBound(to: CChar.self), bytes.count)
            }
            finished = cmark_parser_finish(parser)
        }
        guard let document = finished else { return }
        defer { cmark_node_free(document) }

        var definitions: [OpaquePointer] = []
        var body: [OpaquePointer] = []
        var child = cmark_node_first_child(document)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION { definitions.append(node) } else { body.append(node) }
            child = cmark_node_next(node)
        }
        // cmark-gfm moves the referenced definitions to the end in order of first reference and
        // sets each reference's literal to that ordinal; the model keeps the definition's label.
        let labels = definitions.map(definitionLabel)
        // Later definitions first, so a note citing a later note finds it converted; a second
        // round resolves notes citing earlier ones (a note citing itself keeps an empty reference).
        for round in 0..<2 where round == 0 || builder.hasUnresolvedNotes {
            builder.hasUnresolvedNotes = false
            for index in definitions.indices.reversed() {
                builder.open(.footnoteDefinition(label: labels[index]), line: Int(cmark_node_get_start_line(definitions[index])))
                var child = cmark_node_first_child(definitions[index])
                while let node = child {
                    walk(node, labels: labels, into: &builder)
                    child = cmark_node_next(node)
                }
                builder.close()
            }
        }
        // Each top-level block is freed once converted, so the C tree and the model it becomes
        // are not both whole in memory at the end.
        for node in body {
            walk(node, labels: labels, into: &builder)
            cmark_node_free(node)
        }
    }

    /// Depth-first walk of one subtree with the tree's own parent links instead of the call stack.
    private static func walk(_ top: OpaquePointer, labels: [String], into builder: inout MarkdownTreeBuilder) {
        var node = top
        while true {
            let isContainer = emit(node, labels: labels, into: &builder)
            if isContainer, let child = cmark_node_first_child(node) {
                node = child
                continue
            }
            if isContainer { builder.close() }
            while true {
                if node == top { return }
                if let next = cmark_node_next(node) {
                    node = next
                    break
                }
                guard let parent = cmark_node_parent(node) else { return }
                node = parent
                builder.close()
            }
        }
    }

    /// Hands `node` to the builder; returns whether it was opened as a container.
    private static func emit(_ node: OpaquePointer, labels: [String], into builder: inout MarkdownTreeBuilder) -> Bool {
        let type = cmark_node_get_type(node)
        let line = Int(cmark_node_get_start_line(node))
        switch type {
        case CMARK_NODE_TEXT: builder.leaf(.text(literal(node)))
        case CMARK_NODE_SOFTBREAK: builder.leaf(.softBreak)
        case CMARK_NODE_LINEBREAK: builder.leaf(.lineBreak)
        case CMARK_NODE_CODE: builder.leaf(.code(literal(node)))
        case CMARK_NODE_HTML_INLINE: builder.leaf(.htmlInline(literal(node)))
        case CMARK_NODE_EMPH: builder.open(.emphasis, line: line)
        case CMARK_NODE_STRONG: builder.open(.strong, line: line)
        case CMARK_NODE_LINK:
            builder.open(.link(destination: string(cmark_node_get_url(node)), title: optional(cmark_node_get_title(node))), line: line)
        case CMARK_NODE_IMAGE:
            builder.open(.image(source: string(cmark_node_get_url(node)), title: optional(cmark_node_get_title(node))), line: line)
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            let ordinal = literal(node)
            let label = Int(ordinal).flatMap { labels.indices.contains($0 - 1) ? labels[$0 - 1] : nil } ?? ordinal
            builder.leaf(.footnoteReference(label: label), line: line)
        case CMARK_NODE_PARAGRAPH: builder.open(.paragraph, line: line)
        case CMARK_NODE_HEADING: builder.open(.heading(level: Int(cmark_node_get_heading_level(node))), line: line)
        case CMARK_NODE_BLOCK_QUOTE: builder.open(.blockQuote, line: line)
        case CMARK_NODE_LIST: builder.open(.list(listKind(node), isTight: cmark_node_get_list_tight(node) != 0), line: line)
        case CMARK_NODE_ITEM: builder.open(.item(task: task(of: node)), line: line)
        case CMARK_NODE_CODE_BLOCK:
            builder.leaf(.codeBlock(info: string(cmark_node_get_fence_info(node)), text: literal(node)), line: line)
        case CMARK_NODE_HTML_BLOCK: builder.leaf(.htmlBlock(literal(node)), line: line)
        case CMARK_NODE_THEMATIC_BREAK: builder.leaf(.thematicBreak, line: line)
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            // Definitions are walked from `parse`; one left inside the body keeps its content.
            builder.open(.unknown(typeName: "footnote_definition"), line: line)
        default:
            builder.open(extensionNode(node), line: line)
        }
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE,
             CMARK_NODE_FOOTNOTE_REFERENCE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK:
            return false
        default:
            return true
        }
    }

    /// Nodes made by syntax extensions, recognised by their type name.
    private static func extensionNode(_ node: OpaquePointer) -> MarkdownNode {
        let name = string(cmark_node_get_type_string(node))
        switch name {
        case "table":
            let columns = Int(cmark_gfm_extensions_get_table_columns(node))
            var alignments: [Table.Alignment] = []
            alignments.reserveCapacity(columns)
            if let raw = cmark_gfm_extensions_get_table_alignments(node) {
                for column in 0..<columns {
                    switch raw[column] {
                    case UInt8(ascii: "l"): alignments.append(.left)
                    case UInt8(ascii: "c"): alignments.append(.center)
                    case UInt8(ascii: "r"): alignments.append(.right)
                    default: alignments.append(.none)
                    }
                }
            }
            return .table(alignments: alignments)
        case "table_row", "table_header":
            return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default: return .unknown(typeName: name)
        }
    }

    private static func listKind(_ node: OpaquePointer) -> ListBlock.Kind {
        guard cmark_node_get_list_type(node) == CMARK_ORDERED_LIST else { return .bullet }
        let delimiter: Character = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : "."
        return .ordered(start: Int(cmark_node_get_list_start(node)), delimiter: delimiter)
    }

    private static func task(of item: OpaquePointer) -> ListBlock.Task? {
        // Only the tasklist extension claims list items.
        guard cmark_node_get_syntax_extension(item) != nil else { return nil }
        return cmark_gfm_extensions_get_tasklist_item_checked(item) ? .done : .open
    }

    /// A definition's label as written. cmark-gfm keeps it only in the node's private fields, so
    /// it is read back from the node's CommonMark rendering (`[^label]:` comes first).
    private static func definitionLabel(_ node: OpaquePointer) -> String {
        guard let rendered = cmark_render_commonmark_with_mem(node, CMARK_OPT_DEFAULT, 0, cmark_get_default_mem_allocator()) else {
            return ""
        }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        let text = String(cString: rendered)
        guard let open = text.range(of: "[^"), let close = text.range(of: "]:", range: open.upperBound..<text.endIndex) else {
            return ""
        }
        return String(text[open.upperBound..<close.lowerBound])
    }

    private static func literal(_ node: OpaquePointer) -> String { string(cmark_node_get_literal(node)) }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// `nil` for a missing or empty C string (cmark's "no title").
    private static func optional(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer, pointer.pointee != 0 else { return nil }
        return String(cString: pointer)
    }
}

import OctavoCore

/// One node of a cmark-gfm tree, as pure Swift values: what the cmark layer hands to
/// ``MarkdownTreeBuilder``. Containers are opened and closed; leaves arrive whole.
enum MarkdownNode {
    // Containers.
    /// The root; never sent by the cmark layer.
    case document
    case blockQuote
    case list(ListBlock.Kind, isTight: Bool)
    case item(task: ListBlock.Task?)
    case paragraph
    case heading(level: Int)
    case footnoteDefinition(label: String)
    case table(alignments: [Table.Alignment])
    case tableRow(isHeader: Bool)
    case tableCell
    case emphasis
    case strong
    case strikethrough
    case link(destination: String, title: String?)
    case image(source: String, title: String?)
    /// A node type this build does not know (a future extension): its children are kept.
    case unknown(typeName: String)

    // Leaves.
    case codeBlock(info: String, text: String)
    case htmlBlock(String)
    case thematicBreak
    case text(String)
    case code(String)
    case htmlInline(String)
    case softBreak
    case lineBreak
    case footnoteReference(label: String)
}

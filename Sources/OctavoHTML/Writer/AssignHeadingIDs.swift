import OctavoCore

/// Gives every heading without an id one made from its text (GitHub's slug: `Getting started`
/// becomes `getting-started`, a second one `getting-started-1`). A slug never takes an id that
/// another element asks for anywhere in the output; ids already given are left for the writer to
/// make unique. The HTML writer runs it on pages, tables of contents and fragments.
///
///     var document = try MarkdownReader().read(input, context: context)
///     try AssignHeadingIDs().apply(to: &document, context: context)
///     // every `.heading` now has `attributes.id`
public struct AssignHeadingIDs: DocumentTransform {
    /// Ids are XML names (`h-` before a slug that cannot start one), as XHTML and EPUB need.
    public var xmlNames: Bool
    /// Put before every slug made (not before ids already given).
    public var prefix: String

    public init(xmlNames: Bool = false, prefix: String = "") {
        self.xmlNames = xmlNames
        self.prefix = prefix
    }

    public func apply(to document: inout Document, context: ConversionContext) throws {
        var slugs = Slugs(self, expecting: [document.blocks])
        document.blocks = slugs.assign(document.blocks)
    }

    /// One output's slugs: unique across every call, clear of the explicit ids of all its parts.
    struct Slugs {
        private var registry: IDRegistry
        private let prefix: String

        /// `parts` are every block list the output will hold, for the explicit ids they give.
        init(_ transform: AssignHeadingIDs, expecting parts: [[Block]]) {
            registry = IDRegistry(xmlNames: transform.xmlNames)
            prefix = transform.prefix
            for blocks in parts { registry.expect(ExplicitIDs.collect(blocks)) }
        }

        /// `blocks` with an id on every heading, slugs made in reading order.
        mutating func assign(_ blocks: [Block]) -> [Block] {
            blocks.rewritten(blocks: { block in
                guard case var .heading(heading) = block else { return [block] }
                heading = assign(heading)
                return [.heading(heading)]
            })
        }

        /// `heading` with its own id, else a slug of its text.
        mutating func assign(_ heading: Heading) -> Heading {
            if let id = heading.attributes.id, !id.isEmpty { return heading }
            var heading = heading
            let text = HTMLRenderer.plainText(heading.content, includingRawHTML: false)
            heading.attributes.id = prefix + registry.slug(for: text)
            return heading
        }
    }
}

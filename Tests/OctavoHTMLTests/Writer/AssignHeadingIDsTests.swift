import OctavoCore
@testable import OctavoHTML
import Testing

@Suite struct AssignHeadingIDsTests {
    /// The heading ids of `blocks` after the transform, in reading order.
    func ids(_ blocks: [Block], _ transform: AssignHeadingIDs = AssignHeadingIDs()) throws -> [String?] {
        var document = Document(blocks: blocks)
        try transform.apply(to: &document, context: context())
        var found: [String?] = []
        document.blocks.visit(block: { block in
            if case let .heading(heading) = block { found.append(heading.attributes.id) }
        })
        return found
    }

    @Test func slugsFollowGitHubAndNumberRepeats() throws {
        let blocks = [h(1, "Getting Started!"), h(2, "Getting started"), h(2, "Ünïcode & C++ 2.0"), h(3, "  ")]
        #expect(try ids(blocks) == ["getting-started", "getting-started-1", "ünïcode--c-20", "--"])
    }

    @Test func givenIDsStayAndSlugsKeepClearOfThemWhereverTheyAre() throws {
        let blocks: [Block] = [h(1, "Intro"), .division(Attributes(id: "intro"), [h(2, "Notes", id: "given")]), h(2, "Intro")]
        #expect(try ids(blocks) == ["intro-1", "given", "intro-2"])
    }

    @Test func headingsInsideContainersAreReachedInReadingOrder() throws {
        let list = ListBlock(kind: .bullet, isTight: true, items: [ListBlock.Item(blocks: [h(3, "Inside")])])
        let blocks: [Block] = [.blockQuote([h(2, "Quoted")]), .list(list), h(2, "After")]
        #expect(try ids(blocks) == ["quoted", "inside", "after"])
    }

    @Test func xmlNamesAndPrefixApplyToSlugsOnly() throws {
        let blocks = [h(1, "2024 review"), h(1, "Kept", id: "9lives")]
        #expect(try ids(blocks, AssignHeadingIDs(xmlNames: true, prefix: "c3-")) == ["c3-h-2024-review", "9lives"])
    }

    @Test func theWriterShowsTheIDsTheTransformMakes() throws {
        var document = Document(blocks: [h(1, "Intro"), p(t("Text.")), h(2, "Intro")])
        try AssignHeadingIDs().apply(to: &document, context: context())
        let explicit = HTMLWriter(options: HTMLWriterOptions(headingIDs: .explicitOnly))
            .renderBody(document.blocks, context: context())
        let automatic = HTMLWriter().renderBody([h(1, "Intro"), p(t("Text.")), h(2, "Intro")], context: context())
        #expect(explicit == automatic)
        #expect(explicit.contains(#"<h2 id="intro-1">Intro</h2>"#))
    }
}

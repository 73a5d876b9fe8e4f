import Octavo
import Testing

@Suite struct GlobTests {
    @Test func aPatternWithoutSlashMatchesTheFileNameAtAnyDepth() {
        let glob = Glob("*.md")
        #expect(glob.matches("a.md"))
        #expect(glob.matches("docs/deep/a.md"))
        #expect(!glob.matches("a.markdown"))
        #expect(!glob.matches("docs/a.md/b.txt"))
    }

    @Test func singleStarStaysWithinASegment() {
        #expect(Glob("docs/*.md").matches("docs/a.md"))
        #expect(!Glob("docs/*.md").matches("docs/x/a.md"))
    }

    @Test func doubleStarCrossesSegmentsIncludingNone() {
        let glob = Glob("docs/**/*.md")
        #expect(glob.matches("docs/a.md"))
        #expect(glob.matches("docs/x/y/a.md"))
        #expect(!glob.matches("other/a.md"))
        #expect(Glob("drafts/**").matches("drafts/a/b.md"))
        #expect(!Glob("drafts/**").matches("final/a.md"))
        #expect(Glob("./docs/*.md").matches("docs/a.md"))
    }

    @Test func questionMarksAndClasses() {
        #expect(Glob("ch?.md").matches("ch1.md"))
        #expect(!Glob("ch?.md").matches("ch10.md"))
        #expect(Glob("ch[0-9].md").matches("ch7.md"))
        #expect(!Glob("ch[0-9].md").matches("chx.md"))
        #expect(Glob("[!_]*.md").matches("a.md"))
        #expect(!Glob("[!_]*.md").matches("_draft.md"))
        #expect(Glob("[ab].md").matches("b.md"))
    }
}

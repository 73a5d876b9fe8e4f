import OctavoCore
import Testing

/// Paths split as text, on their UTF-8 bytes, names with non-ASCII characters among them.
@Suite struct PathTextTests {
    @Test(arguments: [
        ("a/b.md", "b.md", "md", "a"),
        ("/b.md", "b.md", "md", "/"),
        ("b.md", "b.md", "md", "."),
        ("a/b.tar.gz", "b.tar.gz", "gz", "a"),
        ("a//b/", "b", "", "a/"),
        ("docs/", "docs", "", "."),
        ("/", "/", "", "/"),
        ("//", "/", "", "/"),
        ("", "", "", "."),
        ("a/.profile", ".profile", "", "a"),
        ("a/name.", "name.", "", "a"),
        ("Übersicht/straße.Md", "straße.Md", "Md", "Übersicht"),
        ("notes/e\u{301}.md", "e\u{301}.md", "md", "notes"),
    ])
    func splits(path: String, name: String, ext: String, folder: String) {
        #expect(PathText.lastComponent(path) == name)
        #expect(PathText.pathExtension(path) == ext)
        #expect(PathText.folder(path) == folder)
    }

    @Test func standardizesAgainstTheWorkingFolder() {
        #expect(PathText.standardized("a/./b/../c.md", in: "/work") == "/work/a/c.md")
        #expect(PathText.standardized("/x//y/", in: "/work") == "/x/y")
        #expect(PathText.standardized("../../..", in: "/work") == "/")
        #expect(PathText.standardized("..hidden/.../.md", in: "/w") == "/w/..hidden/.../.md")
    }
}

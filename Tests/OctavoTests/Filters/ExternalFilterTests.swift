import Foundation
import Octavo
import OctavoTestSupport
import Testing

@Suite struct ExternalFilterTests {
    private let document = Document(metadata: Metadata(title: "T"), blocks: [
        .heading(Heading(level: 1, content: [.text("Intro")])),
        .paragraph([.text("see "), .image(Image(source: "a.png", alt: [.text("a picture")]))]),
        .figure(Figure(content: [.plain([.image(Image(source: "b.png"))])], caption: [.text("cap")])),
    ], sourcePath: "notes.md")

    private func run(_ script: String, timeout: Double = 30) throws -> (Document, ConversionContext) {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = try BatchFixtures.script(script, at: folder.appendingPathComponent("filter.sh"))
        var changed = document
        let context = ConversionContext()
        try ExternalFilter(program: program, targetFormat: "html", timeout: timeout).apply(to: &changed, context: context)
        return (changed, context)
    }

    private func failure(_ script: String, timeout: Double = 30) throws -> String {
        do {
            _ = try run(script, timeout: timeout)
        } catch let error as OctavoError {
            guard case let .filterFailed(filter, message) = error else { return "wrong error: \(error)" }
            #expect(filter.hasSuffix("filter.sh"))
            return message
        }
        return "no error"
    }

    @Test func theDocumentGoesThroughTheProgramAndComesBack() throws {
        let (same, _) = try run("cat")
        #expect(same == document)
        let (changed, context) = try run(#"echo "working for $1" >&2; sed 's/"Intro"/"Changed"/'"#)
        #expect(changed.blocks[0] == .heading(Heading(level: 1, content: [.text("Changed")])))
        #expect(context.diagnostics.map(\.message) == ["working for html"])
    }

    @Test func failuresNameTheFilterAndQuoteItsStandardError() throws {
        #expect(try failure("cat >/dev/null; echo 'line one' >&2; echo 'no such thing' >&2; exit 3")
            == "exited with status 3; stderr: line one | no such thing")
        #expect(try failure("kill -SEGV $$").hasPrefix("crashed (signal 11)"))
        #expect(try failure("cat >/dev/null; echo '{\"schemaVersion\": 1, \"document\": ['").hasPrefix("its output is not a model JSON document"))
        #expect(try failure("cat >/dev/null; echo '{\"schemaVersion\": 9, \"document\": {}}'").contains("schemaVersion 9"))
        #expect(try failure("exit 0").hasPrefix("its output is not a model JSON document"))
        let started = Date()
        #expect(try failure("sleep 20", timeout: 0.5).hasPrefix("timed out after 0.5 s"))
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aProgramThatWritesBeforeReadingDoesNotDeadlock() throws {
        // 4 MB each way: far more than a pipe buffer, in both directions at once.
        var big = document
        big.blocks = (0..<40_000).map { .paragraph([.text("paragraph number \($0) with some words")]) }
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = try BatchFixtures.script("head -c 3000000 /dev/zero | tr '\\0' x >&2; cat", at: folder.appendingPathComponent("f.sh"))
        var changed = big
        try ExternalFilter(program: program, targetFormat: "text").apply(to: &changed, context: ConversionContext())
        #expect(changed == big)
    }

    @Test func programsAreFoundInPathOrReportedMissing() throws {
        var copy = document
        // `true` is found in PATH, runs, and prints nothing, which is not a document.
        #expect(throws: OctavoError.filterFailed(filter: "true", message: "its output is not a model JSON document (cannot decode: The given data was not valid JSON.)")) {
            try ExternalFilter(program: "true", targetFormat: "html").apply(to: &copy, context: ConversionContext())
        }
        #expect(throws: OctavoError.filterFailed(filter: "octavo-no-such-filter", message: "not found in PATH")) {
            try ExternalFilter(program: "octavo-no-such-filter", targetFormat: "html").apply(to: &copy, context: ConversionContext())
        }
        #expect(throws: OctavoError.filterFailed(filter: "/nonexistent/f.py", message: "no such file")) {
            try ExternalFilter(program: "/nonexistent/f.py", targetFormat: "html").apply(to: &copy, context: ConversionContext())
        }
    }

    @Test func theSampleFiltersWork() throws {
        let filters = Repository.root.appendingPathComponent("Samples/filters")
        var noImages = document
        try ExternalFilter(program: filters.appendingPathComponent("drop-images.py").path, targetFormat: "html")
            .apply(to: &noImages, context: ConversionContext())
        #expect(noImages.blocks == [document.blocks[0], .paragraph([.text("see "), .text("a picture")])])
        #expect(noImages.sourcePath == "notes.md")

        var shouted = document
        try ExternalFilter(program: filters.appendingPathComponent("uppercase-headings.sh").path, targetFormat: "html")
            .apply(to: &shouted, context: ConversionContext())
        #expect(shouted.blocks[0] == .heading(Heading(level: 1, content: [.text("INTRO")])))
        #expect(Array(shouted.blocks.dropFirst()) == Array(document.blocks.dropFirst()))
    }
}

import Foundation
import Octavo
import OctavoTestSupport
import Testing

@Suite struct BatchPlannerTests {
    @Test func outputsMirrorTheInputTreeWithTheTargetExtension() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try BatchFixtures.write(["in/a.lines": "x", "in/sub/deep/b.lines": "y", "in/skip.unknown": "z",
                                 "in/.hidden/c.lines": "h", "in/.d.lines": "h", "in/c.json": "{}"], under: root)
        let input = root.appendingPathComponent("in").path, output = root.appendingPathComponent("out").path
        let planner = BatchPlanner(registry: .withLines, outputFolder: output, template: BatchTemplate(to: "json"))
        let jobs = try planner.plan([input])
        #expect(jobs.map(\.inputs) == [["\(input)/a.lines"], ["\(input)/c.json"], ["\(input)/sub/deep/b.lines"]])
        #expect(jobs.map(\.output) == ["\(output)/a.json", "\(output)/c.json", "\(output)/sub/deep/b.json"])
    }

    @Test func includeAndExcludeGlobsSelectFiles() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try BatchFixtures.write(["a.lines": "", "notes.txt": "", "drafts/b.lines": "", "keep/c.lines": ""], under: root)
        var template = BatchTemplate(to: "lines", include: [Glob("*.lines"), Glob("*.txt")], exclude: [Glob("drafts/**")])
        template.from = "lines"
        let planner = BatchPlanner(registry: .withLines, outputFolder: root.appendingPathComponent("out").path, template: template)
        let names = try planner.plan([root.path]).map { $0.inputs[0].replacingOccurrences(of: root.path + "/", with: "") }
        #expect(names == ["a.lines", "keep/c.lines", "notes.txt"])
    }

    @Test func theOutputFolderInsideTheInputIsNotSearched() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try BatchFixtures.write(["a.lines": "", "build/old.lines": ""], under: root)
        let planner = BatchPlanner(registry: .withLines, outputFolder: root.appendingPathComponent("build").path,
                                   template: BatchTemplate(to: "json"))
        #expect(try planner.plan([root.path]).count == 1)
    }

    @Test func collidingOutputsAndOverwritingAnInputAreRefused() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try BatchFixtures.write(["a.lines": "", "a.json": "{}"], under: root)
        let collide = BatchPlanner(registry: .withLines, outputFolder: root.appendingPathComponent("out").path,
                                   template: BatchTemplate(to: "json"))
        #expect(throws: OctavoError.self) { try collide.plan([root.path]) }
        let inPlace = BatchPlanner(registry: .withLines, outputFolder: root.path,
                                   template: BatchTemplate(to: "json", include: [Glob("*.json")]))
        let error = #expect(throws: OctavoError.self) { try inPlace.plan([root.path]) }
        #expect(error?.description.contains("a.json is also an input") == true)
        // Outputs that do not exist yet are new files: the same plan into a fresh folder passes.
        let fresh = BatchPlanner(registry: .withLines, outputFolder: root.appendingPathComponent("fresh").path,
                                 template: BatchTemplate(to: "json", include: [Glob("*.json")]))
        #expect(try fresh.plan([root.path]).map(\.inputs) == [[root.path + "/a.json"]])
    }

    @Test func pathsWithDotsAndLinksAreComparedByWhereTheyLead() throws {
        let root = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try BatchFixtures.write(["docs/a.json": "{}", "docs/b.tar.lines": "", "docs/.profile": ""], under: root)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("alias").path, withDestinationPath: "docs")
        let docs = root.path + "/docs"
        // Written into the folder it reads, through `..` and through a link: refused both ways.
        for output in [root.path + "/docs/../docs/./", root.path + "/alias"] {
            let planner = BatchPlanner(registry: .withLines, outputFolder: output, template: BatchTemplate(to: "json"))
            #expect(throws: OctavoError.self) { try planner.plan([docs]) }
        }
        let build = root.path + "/out/../build"
        let planner = BatchPlanner(registry: .withLines, outputFolder: build, template: BatchTemplate(to: "json"))
        #expect(try planner.plan([root.path + "/./docs"]).map(\.output) == [build + "/a.json", build + "/b.tar.json"])
    }

    @Test func unknownTargetFormatsAndMissingInputsAreUsageErrors() throws {
        let planner = BatchPlanner(outputFolder: "/tmp/out", template: BatchTemplate(to: "klingon"))
        #expect(throws: OctavoError.unknownFormat("klingon", role: "output")) { try planner.plan(["/tmp"]) }
        let json = BatchPlanner(outputFolder: "/tmp/out", template: BatchTemplate(to: "json"))
        #expect(throws: OctavoError.usage("no such file or folder: /nonexistent/octavo")) { try json.plan(["/nonexistent/octavo"]) }
    }
}

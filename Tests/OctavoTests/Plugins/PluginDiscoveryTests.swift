import Foundation
import Octavo
import OctavoTestSupport
import Testing

/// Finding plug-ins on disk, where they rank beside built-in formats, and that finding them
/// runs none of them.
@Suite struct PluginDiscoveryTests {
    @Test func programsNamedByTheRuleAreFoundAndOthersIgnored() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.plugin(.reader, "tst", body: PluginFixtures.echoReader)
        try fixtures.plugin(.writer, "tst", body: "cat")
        try fixtures.plugin(.reader, "Bad.py", body: "cat")
        try Data("not a plug-in".utf8).write(to: fixtures.folder.appendingPathComponent("octavo-filter-x"))
        try FileManager.default.createDirectory(at: fixtures.folder.appendingPathComponent("octavo-reader-folder"),
                                                withIntermediateDirectories: true)
        let catalog = PluginCatalog.discover(in: [fixtures.folder.path, "/nonexistent/folder"])
        #expect(catalog.programs.map(\.programName) == ["octavo-reader-tst", "octavo-writer-tst"])
        #expect(catalog.programs.map(\.path) == ["octavo-reader-tst", "octavo-writer-tst"].map { fixtures.folder.path + "/" + $0 })
        #expect(catalog.warnings == [fixtures.folder.path + "/octavo-reader-Bad.py: not a plug-in: a format name takes lowercase letters, digits, '-' and '_'"])
        #expect(fixtures.described.isEmpty)
    }

    @Test func theFirstExecutableOfANameWinsAsInPath() throws {
        let first = try PluginFixtures(), second = try PluginFixtures()
        defer { first.remove(); second.remove() }
        try first.plugin(.reader, "tst", body: "cat", executable: false)
        try first.plugin(.writer, "tst", body: "cat")
        try second.plugin(.reader, "tst", body: "cat")
        try second.plugin(.writer, "tst", body: "cat")
        try second.plugin(.writer, "lonely", body: "cat", executable: false)
        let catalog = PluginCatalog.discover(in: [first.folder.path, second.folder.path])
        let paths = Dictionary(uniqueKeysWithValues: catalog.programs.map { ($0.programName, $0.path) })
        #expect(paths["octavo-reader-tst"] == second.folder.path + "/octavo-reader-tst")
        #expect(paths["octavo-writer-tst"] == first.folder.path + "/octavo-writer-tst")
        let lonely = try #require(catalog.programs.first { $0.name == "lonely" })
        #expect(lonely.defect == second.folder.path + "/octavo-writer-lonely is not executable (chmod +x it)")
        #expect(catalog.warnings == ["plug-in octavo-writer-lonely: " + lonely.defect!])
    }

    @Test func foldersAreSearchedInTheDocumentedOrder() {
        let folders = PluginCatalog.searchFolders(pluginPaths: ["/given", "/also"],
                                                  environment: ["OCTAVO_PLUGIN_PATH": "/plugins::/given", "PATH": "/usr/bin:/bin"],
                                                  executableFolder: "/opt/octavo/bin")
        #expect(folders == ["/given", "/also", "/plugins", "/usr/bin", "/bin", "/opt/octavo/bin"])
    }

    @Test func lookupsBuiltInsAnswerRunNoPlugin() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.plugin(.reader, "tst", body: PluginFixtures.echoReader)
        try fixtures.plugin(.reader, "other", describe: #"echo '{"protocolVersion": 1, "summary": "other"}'"#, body: "exit 1")
        try fixtures.plugin(.writer, "tst", body: "cat")
        let registry = FormatRegistry.standard.adding(PluginCatalog.discover(in: [fixtures.folder.path])).registry
        #expect(registry.reader(named: "markdown") != nil)
        #expect(registry.reader(forExtension: "md")?.format.name == "markdown")
        #expect(registry.writer(named: "epub") != nil)
        #expect(registry.sniffReader(Array("# Title\n".utf8)) != nil)
        #expect(try registry.reader(for: InputSource(data: Data("x".utf8), path: "a.html"), named: nil).format.name == "html")
        #expect(fixtures.described.isEmpty)

        // An extension no built-in knows asks the reader plug-ins, each once for the whole run.
        #expect(registry.reader(forExtension: "tst")?.format.name == "tst")
        #expect(registry.reader(forExtension: "tst")?.format.name == "tst")
        #expect(registry.reader(forExtension: "zzz") == nil)
        #expect(fixtures.described.sorted() == ["other", "tst"])
    }

    @Test func aBuiltInWinsItsNameUnlessPluginsArePreferredAndEitherWayItIsAWarning() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let path = try fixtures.plugin(.writer, "html", body: "cat").path
        let catalog = PluginCatalog.discover(in: [fixtures.folder.path])

        let plain = FormatRegistry.standard.adding(catalog)
        #expect(!(plain.registry.writer(named: "html") is PluginWriter))
        #expect(!(plain.registry.writer(forExtension: "html") is PluginWriter))
        #expect(plain.registry.writers.count == FormatRegistry.standard.writers.count)
        #expect(plain.warnings == ["plug-in octavo-writer-html (\(path)) has the name of a built-in writer; the built-in is used (--prefer-plugins uses the plug-in)"])

        let preferred = FormatRegistry.standard.adding(catalog, preferPlugins: true)
        #expect(preferred.registry.writer(named: "html") is PluginWriter)
        #expect(preferred.warnings == ["plug-in octavo-writer-html (\(path)) has the name of a built-in writer; the plug-in is used (--prefer-plugins)"])
    }
}

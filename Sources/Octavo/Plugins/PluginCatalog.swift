import Foundation

/// The format plug-ins a run can use: executables named `octavo-reader-NAME` or
/// `octavo-writer-NAME` in the plug-in folders, found without running any of them.
///
/// Folders are searched in order: each `--plugin-path`, then `OCTAVO_PLUGIN_PATH` (separated by
/// `:`), then `PATH`, then the folder of the `octavo` executable itself (where `swift build`
/// puts a package's executable products). The first executable of a name wins, as in `PATH`.
public struct PluginCatalog: Sendable {
    /// One program per role and name, in the order found.
    public var programs: [PluginProgram]
    /// What was wrong with the folders or files seen (shown by the CLI as warnings).
    public var warnings: [String]

    public init(programs: [PluginProgram] = [], warnings: [String] = []) {
        self.programs = programs
        self.warnings = warnings
    }

    /// Looks for plug-ins in `folders` (see ``searchFolders(pluginPaths:environment:executableFolder:)``).
    public static func discover(in folders: [String], describeTimeout: Double = 5, runTimeout: Double = 120) -> PluginCatalog {
        var found: [String: PluginProgram] = [:], order: [String] = [], warnings: [String] = []
        let manager = FileManager.default
        for folder in folders {
            guard let entries = try? manager.contentsOfDirectory(atPath: folder) else { continue }
            for entry in entries.filter({ $0.hasPrefix("octavo-") }).sorted() {
                guard let (role, name) = Self.parse(entry) else { continue }
                let path = folder.hasSuffix("/") ? folder + entry : folder + "/" + entry
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                guard Self.isValidName(name) else {
                    warnings.append("\(path): not a plug-in: a format name takes lowercase letters, digits, '-' and '_'")
                    continue
                }
                let key = entry
                let executable = manager.isExecutableFile(atPath: path)
                if let earlier = found[key] {
                    // A later executable stands in for an earlier file that cannot be run.
                    if earlier.defect != nil && executable {
                        found[key] = PluginProgram(role: role, name: name, path: path,
                                                   describeTimeout: describeTimeout, runTimeout: runTimeout)
                    }
                    continue
                }
                order.append(key)
                found[key] = PluginProgram(role: role, name: name, path: path,
                                           defect: executable ? nil : "\(path) is not executable (chmod +x it)",
                                           describeTimeout: describeTimeout, runTimeout: runTimeout)
            }
        }
        let programs = order.compactMap { found[$0] }
        for program in programs {
            if let defect = program.defect { warnings.append("plug-in \(program.programName): \(defect)") }
        }
        return PluginCatalog(programs: programs, warnings: warnings)
    }

    /// The folders to search, in order: `pluginPaths`, `OCTAVO_PLUGIN_PATH`, `PATH`, then
    /// `executableFolder` (the running `octavo`'s own folder by default).
    public static func searchFolders(pluginPaths: [String] = [],
                                     environment: [String: String] = ProcessInfo.processInfo.environment,
                                     executableFolder: String? = Self.executableFolder) -> [String] {
        func split(_ list: String?) -> [String] {
            (list ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        }
        var folders: [String] = []
        for folder in pluginPaths + split(environment["OCTAVO_PLUGIN_PATH"]) + split(environment["PATH"])
            + [executableFolder].compactMap({ $0 }) where !folders.contains(folder) {
            folders.append(folder)
        }
        return folders
    }

    /// The folder of the running executable.
    public static var executableFolder: String? {
        Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path
    }

    /// `octavo-reader-org` → (.reader, "org").
    static func parse(_ fileName: String) -> (PluginProgram.Role, String)? {
        for role in [PluginProgram.Role.reader, .writer] {
            let prefix = "octavo-\(role.rawValue)-"
            if fileName.hasPrefix(prefix), fileName.count > prefix.count {
                return (role, String(fileName.dropFirst(prefix.count)))
            }
        }
        return nil
    }

    /// Names are what `-f` / `-t` take: lowercase ASCII letters and digits, `-` and `_`.
    static func isValidName(_ name: String) -> Bool {
        name.count <= 64 && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
            && name.first.map { $0.isLetter || $0.isNumber } == true
    }
}

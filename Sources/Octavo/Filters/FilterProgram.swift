import Foundation

/// How a filter named on the command line is started.
struct FilterProgram {
    var executable: URL
    /// Arguments before the target format (the script, when an interpreter runs it).
    var arguments: [String]

    /// Finds `program`: a path when it contains `/`, else the first match in `PATH`. A script
    /// that is not executable but ends in `.py`, `.sh` or `.swift` runs with its interpreter.
    static func resolve(_ program: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> FilterProgram {
        let manager = FileManager.default
        let path: String
        if program.contains("/") {
            path = program
        } else {
            let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
            guard let found = folders.map({ "\($0)/\(program)" }).first(where: { manager.isExecutableFile(atPath: $0) }) else {
                throw OctavoError.filterFailed(filter: program, message: "not found in PATH")
            }
            path = found
        }
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw OctavoError.filterFailed(filter: program, message: "no such file")
        }
        if manager.isExecutableFile(atPath: path) {
            return FilterProgram(executable: URL(fileURLWithPath: path), arguments: [])
        }
        let interpreters = ["py": "python3", "sh": "sh", "swift": "swift"]
        if let interpreter = interpreters[URL(fileURLWithPath: path).pathExtension.lowercased()],
           let found = try? resolve(interpreter, environment: environment) {
            return FilterProgram(executable: found.executable, arguments: [path])
        }
        throw OctavoError.filterFailed(filter: program, message: "is not executable (chmod +x it)")
    }
}

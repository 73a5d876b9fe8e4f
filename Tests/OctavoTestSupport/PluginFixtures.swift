import Foundation
import Octavo

/// Format plug-ins written as shell scripts into a temporary folder, for tests.
public struct PluginFixtures {
    public let folder: URL
    /// Every `--describe` run of a plug-in made with `logging: true` appends its name here.
    public var log: URL { folder.appendingPathComponent("describe.log") }

    public init() throws {
        folder = try Repository.temporaryFolder()
    }

    public func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    public static let describeTST = #"echo '{"protocolVersion": 1, "summary": "test format", "extensions": ["tst"], "mimeTypes": ["text/x-tst"]}'"#

    /// Writes `octavo-ROLE-NAME`: `describe` answers `--describe`, `body` does the conversion.
    @discardableResult
    public func plugin(_ role: PluginProgram.Role, _ name: String, describe: String = describeTST, body: String,
                logging: Bool = true, executable: Bool = true) throws -> URL {
        let url = folder.appendingPathComponent("octavo-\(role.rawValue)-\(name)")
        let log = logging ? "echo \(name) >> '\(self.log.path)'\n  " : ""
        let script = "#!/bin/sh\nif [ \"$1\" = --describe ]; then\n  \(log)\(describe)\n  exit 0\nfi\n\(body)\n"
        // Written by `cp`, not by this process: a program started on another test's thread
        // between our open and close would inherit the open file, and running the script
        // would then fail with ETXTBSY ("text file busy").
        let draft = folder.appendingPathComponent(".draft-\(UUID().uuidString)")
        try Data(script.utf8).write(to: draft)
        _ = try CommandRunner.run(URL(fileURLWithPath: "/bin/cp"), [draft.path, url.path])
        try FileManager.default.removeItem(at: draft)
        try FileManager.default.setAttributes([.posixPermissions: executable ? 0o755 : 0o644], ofItemAtPath: url.path)
        return url
    }

    /// The names of the plug-ins that have described themselves, in order.
    public var described: [String] {
        ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// A reader body printing one paragraph holding its input (which must be plain JSON-safe text).
    public static let echoReader = #"printf '{"schemaVersion":1,"document":{"blocks":[{"type":"paragraph","content":[{"type":"text","text":"%s"}]}]}}' "$(cat)""#
}

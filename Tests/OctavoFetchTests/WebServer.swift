import Foundation
import Octavo
import OctavoTestSupport

/// The loopback test server (Support/web_server.py), started by a test on a free port of
/// `address` and stopped when the value is released. It serves `../shared/corpus`.
///
/// The server is stopped by closing its standard input (it exits at end of input) and, to be
/// sure, with SIGKILL. Not SIGTERM: a process started from one of Swift Testing's worker threads
/// inherits that thread's signal mask, in which libdispatch blocks SIGTERM, so `terminate()`
/// would never reach it and `waitUntilExit()` would wait for ever. Closing standard input also
/// ends the server when the test process dies without running this deinit.
final class WebServer: @unchecked Sendable {
    let process = Process()
    let port: Int
    let address: String
    private let input = Pipe()

    init(address: String = "127.0.0.1", latency: Double = 0) throws {
        self.address = address
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Support/web_server.py")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--bind", address, "--corpus",
                             Repository.shared.appendingPathComponent("corpus").path, "--latency", String(latency)]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the test web server did not start"])
        }
        self.port = port
    }

    deinit {
        try? input.fileHandleForWriting.close()
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The absolute URL of `path` (which starts with `/`) on this server.
    func url(_ path: String) -> String { "http://\(address):\(port)\(path)" }

    /// The body served at `path`, fetched as a page would be.
    func get(_ path: String) throws -> Data { try get([path])[0] }

    /// The bodies served at `paths`, fetched together.
    func get(_ paths: [String]) throws -> [Data] {
        let fetcher = Fetcher(settings: FetchSettings()) { _, _ in }
        return try fetcher.fetch(paths.map { FetchRequest(url: url($0), purpose: .page) }).map { try $0.get().data }
    }

    /// The requests served so far (but those for the log itself): path, query, If-None-Match
    /// and User-Agent headers.
    func log() throws -> [[String: String?]] {
        let entries = try JSONSerialization.jsonObject(with: try get("/_log")) as? [[String: Any]] ?? []
        return entries.map { $0.mapValues { $0 as? String } }.filter { $0["path"] != "/_log" }
    }

    /// How many requests for `path` were served.
    func hits(_ path: String) throws -> Int {
        try log().filter { $0["path"] == path }.count
    }

    /// Whether the shared corpus is beside the repository.
    static var corpusAvailable: Bool {
        FileManager.default.fileExists(atPath: Repository.shared.appendingPathComponent("corpus/readability").path)
    }
}

import Foundation
import OctavoTestSupport

/// The loopback test server (Support/web_server.py), started by a test on a free port of
/// `address` and stopped when the value is released. It serves `../shared/corpus`.
final class WebServer: @unchecked Sendable {
    let process = Process()
    let port: Int
    let address: String

    init(address: String = "127.0.0.1", latency: Double = 0) throws {
        self.address = address
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Support/web_server.py")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--bind", address, "--corpus",
                             Repository.shared.appendingPathComponent("corpus").path, "--latency", String(latency)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown)
        }
        self.port = port
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
    }

    /// The absolute URL of `path` (which starts with `/`) on this server.
    func url(_ path: String) -> String { "http://\(address):\(port)\(path)" }

    /// The requests served so far: path, query and If-None-Match header.
    func log() throws -> [[String: String?]] {
        let data = try Data(contentsOf: URL(string: url("/_log"))!)
        return (try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []).map { entry in
            entry.mapValues { $0 as? String }
        }
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

import Foundation
import Octavo

/// Output to the user's terminal: results on stdout, everything else on stderr.
enum Terminal {
    static func error(_ message: String) {
        let text = message.hasPrefix("Error:") || message.hasPrefix("Usage:") ? message : "octavo: \(message)"
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Writes bytes to stdout.
    static func output(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// Prints the diagnostics the user asked to see: warnings and errors, infos too with `verbose`.
    static func report(_ diagnostics: [Diagnostic], verbose: Bool, quiet: Bool) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .info where !verbose: continue
            case .info, .warning: if quiet { continue }
            case .error: break
            }
            note(diagnostic.description)
        }
    }
}

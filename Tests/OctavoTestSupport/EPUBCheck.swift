import Foundation

/// Runs Debian's epubcheck jar on a book and reads its summary line.
public enum EPUBCheck {
    public static let jar = "/usr/share/java/epubcheck.jar"

    /// Whether epubcheck and java are installed (`make deps` installs them).
    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: jar) && FileManager.default.isExecutableFile(atPath: "/usr/bin/java")
    }

    public struct Report: Sendable {
        public var fatals: Int, errors: Int, warnings: Int
        /// Everything epubcheck printed, for failure messages.
        public var output: String
        public var isClean: Bool { fatals == 0 && errors == 0 && warnings == 0 }
    }

    /// Checks the EPUB at `path`.
    public static func check(_ path: URL) throws -> Report {
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/java"),
                                           ["-Xss512m", "-jar", jar, path.path])
        let output = result.stdoutText + result.stderr
        func count(_ word: String) -> Int {
            // "Messages: 0 fatals / 0 errors / 0 warnings / 0 infos"
            guard let range = output.range(of: #"(\d+) \#(word)"#, options: .regularExpression) else { return 0 }
            return Int(output[range].split(separator: " ")[0]) ?? 0
        }
        let summarised = output.contains("Messages:") || output.contains("No errors or warnings")
        return Report(fatals: summarised ? count("fatals") : 1, errors: count("errors"), warnings: count("warnings"), output: output)
    }
}

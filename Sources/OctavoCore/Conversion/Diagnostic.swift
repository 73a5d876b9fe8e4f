/// A non-fatal message from a conversion: something guessed, repaired, removed or left out.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case info, warning, error

        public static func < (a: Severity, b: Severity) -> Bool {
            let order: [Severity] = [.info, .warning, .error]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    public var severity: Severity
    public var message: String
    /// The input it concerns, as the user named it.
    public var file: String?
    /// 1-based line in that input, when known.
    public var line: Int?
    /// The rule or component that spoke (`transcript.link-remnant`, `epub.images`).
    public var source: String?

    public init(_ severity: Severity, _ message: String, file: String? = nil, line: Int? = nil, source: String? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.source = source
    }

    /// `file:line: severity: message [source]`, the form compilers use.
    public var description: String {
        var location = file ?? ""
        if let line { location += ":\(line)" }
        let prefix = location.isEmpty ? "" : "\(location): "
        let suffix = source.map { " [\($0)]" } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)\(suffix)"
    }
}

import Foundation
import Synchronization

/// What a reader, transform or writer gets besides its input: the options, the date to stamp,
/// and a place to report diagnostics. Safe to share across tasks.
public final class ConversionContext: Sendable {
    public let options: ConversionOptions
    /// "Now" for every writer: `SOURCE_DATE_EPOCH` when set, else the clock at creation.
    public let date: Date
    /// Images fetched from the web for this conversion, by URL, for writers that embed them.
    public let fetchedResources = FetchedResources()
    private let collected = Mutex<[Diagnostic]>([])

    /// `environment` (the process's when `nil`) is read only when no `date` is given.
    public init(options: ConversionOptions = .init(), date: Date? = nil, environment: [String: String]? = nil) {
        self.options = options
        self.date = date ?? Self.sourceDateEpoch(environment ?? ProcessInfo.processInfo.environment) ?? Date()
    }

    /// The date from `SOURCE_DATE_EPOCH` (seconds since 1970), if set and valid.
    public static func sourceDateEpoch(_ environment: [String: String]) -> Date? {
        guard let raw = environment["SOURCE_DATE_EPOCH"]?.trimmingCharacters(in: .whitespaces),
              let seconds = Int64(raw) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Records a diagnostic.
    public func report(_ diagnostic: Diagnostic) {
        collected.withLock { $0.append(diagnostic) }
    }

    /// Records a diagnostic from its parts.
    public func report(_ severity: Diagnostic.Severity, _ message: String, file: String? = nil, line: Int? = nil, source: String? = nil) {
        report(Diagnostic(severity, message, file: file, line: line, source: source))
    }

    /// Everything reported so far, in order.
    public var diagnostics: [Diagnostic] { collected.withLock { $0 } }
}

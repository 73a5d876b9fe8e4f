import Foundation
import Synchronization

/// A format plug-in found on disk: an executable called `octavo-reader-NAME` or
/// `octavo-writer-NAME` (docs/extending.md).
///
/// It runs only when its format is needed: once with `--describe` (the answer is kept for the
/// rest of the process), then once per conversion, through the same process-running code as
/// external filters (timeout, output limit, standard error kept as diagnostics).
public final class PluginProgram: Sendable {
    /// Whether the program reads a format into the model or writes the model out.
    public enum Role: String, Hashable, Sendable { case reader, writer }

    public let role: Role
    /// The format's name: what follows `octavo-reader-` or `octavo-writer-`.
    public let name: String
    /// Where the program is.
    public let path: String
    /// Why the program cannot be run at all (it is not executable), found without running it.
    public let defect: String?
    /// Seconds `--describe` may take.
    public let describeTimeout: Double
    /// Seconds one conversion may take.
    public let runTimeout: Double

    private let described = Mutex<Result<PluginDescription, OctavoError>?>(nil)

    public init(role: Role, name: String, path: String, defect: String? = nil,
                describeTimeout: Double = 5, runTimeout: Double = 120) {
        self.role = role
        self.name = name
        self.path = path
        self.defect = defect
        self.describeTimeout = describeTimeout
        self.runTimeout = runTimeout
    }

    /// The program's file name, by which every message names the plug-in.
    public var programName: String { "octavo-\(role.rawValue)-\(name)" }

    /// What the program declares with `--describe`, asked the first time only.
    public func describe() throws(OctavoError) -> PluginDescription {
        try described.withLock { cached in
            if cached == nil { cached = askForDescription() }
            return cached!
        }.get()
    }

    /// The format as the registry shows it: as declared, or only the name (and what is wrong)
    /// when the program cannot describe itself.
    public var format: FormatDescription {
        do {
            let declared = try describe()
            return FormatDescription(name: name, extensions: declared.extensions, summary: declared.summary,
                                     mediaTypes: declared.mediaTypes)
        } catch {
            guard case let .pluginFailed(_, _, message) = error else { return FormatDescription(name: name, summary: "unusable") }
            return FormatDescription(name: name, summary: "unusable: \(message)")
        }
    }

    /// What a conversion run printed on standard output, and its standard error's last lines.
    struct Output {
        var bytes: Data
        var errorTail: String
    }

    /// Runs the program for one conversion with `input` on its standard input. Lines it writes
    /// to standard error become informational diagnostics about `file`.
    func run(_ arguments: [String], input: Data, context: ConversionContext, file: String?) throws(OctavoError) -> Output {
        do {
            _ = try describe()
        } catch {
            guard case let .pluginFailed(_, _, message) = error else { throw error }
            throw failure(message, file: file)
        }
        let outcome: FilterProcess.Outcome
        do {
            outcome = try FilterProcess.run(URL(fileURLWithPath: path), arguments, input: input, timeout: runTimeout,
                                            environment: PluginEnvironment.variables(for: context),
                                            maxOutputBytes: Self.outputLimit(context.options.limits))
        } catch {
            throw failure("could not start: \(error.localizedDescription)", file: file)
        }
        let tail = ExternalFilter.tail(of: outcome.standardError)
        if let problem = outcome.problem { throw failure(problem + tail, file: file) }
        for line in ExternalFilter.lastLines(of: outcome.standardError, count: 20) {
            context.report(.info, line, file: file, source: "plug-in \(programName)")
        }
        return Output(bytes: outcome.standardOutput, errorTail: tail)
    }

    /// The error naming this plug-in.
    func failure(_ message: String, file: String?) -> OctavoError {
        .pluginFailed(plugin: programName, file: file, message: message)
    }

    /// A conversion's output may be four times the largest input allowed (model JSON is
    /// several times the size of the text it holds).
    static func outputLimit(_ limits: Limits) -> Int {
        limits.maxInputBytes.multipliedReportingOverflow(by: 4).overflow ? .max : limits.maxInputBytes * 4
    }

    private func askForDescription() -> Result<PluginDescription, OctavoError> {
        if let defect { return .failure(failure(defect, file: nil)) }
        let outcome: FilterProcess.Outcome
        do {
            outcome = try FilterProcess.run(URL(fileURLWithPath: path), ["--describe"], input: Data(),
                                            timeout: describeTimeout, maxOutputBytes: 64 * 1024)
        } catch {
            return .failure(failure("could not start: \(error.localizedDescription)", file: nil))
        }
        if let problem = outcome.problem {
            return .failure(failure("--describe " + problem + ExternalFilter.tail(of: outcome.standardError), file: nil))
        }
        do {
            return .success(try PluginDescription.parse(outcome.standardOutput))
        } catch {
            return .failure(failure("--describe printed nonsense: \(error.reason)", file: nil))
        }
    }
}

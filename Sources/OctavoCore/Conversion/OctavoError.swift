/// Why a conversion failed. Every case names the file (and line) where known.
public enum OctavoError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be read (missing, a directory, no permission).
    case unreadable(file: String, reason: String)
    /// The input is not valid for its format.
    case invalidInput(file: String?, line: Int?, message: String)
    /// No reader or writer by that name or for that extension.
    case unknownFormat(String, role: String)
    /// The options do not fit together.
    case usage(String)
    /// The output could not be written.
    case unwritable(file: String, reason: String)
    /// A limit was exceeded (input size, image size).
    case limitExceeded(file: String?, message: String)
    /// An external filter failed or returned something that is not the model.
    case filterFailed(filter: String, message: String)
    /// A format plug-in (an `octavo-reader-NAME` / `octavo-writer-NAME` program) failed, printed
    /// something that is not what its protocol asks for, or cannot be run.
    case pluginFailed(plugin: String, file: String?, message: String)
    /// Warnings were reported while `--strict` was on.
    case strictFailure(file: String?, count: Int)

    public var description: String {
        switch self {
        case let .unreadable(file, reason): "\(file): cannot read: \(reason)"
        case let .invalidInput(file, line, message): "\(Self.location(file, line))\(message)"
        case let .unknownFormat(name, role): "unknown \(role) format '\(name)' (see 'octavo formats')"
        case let .usage(message): message
        case let .unwritable(file, reason): "\(file): cannot write: \(reason)"
        case let .limitExceeded(file, message): "\(Self.location(file, nil))\(message)"
        case let .filterFailed(filter, message): "filter '\(filter)' failed: \(message)"
        case let .pluginFailed(plugin, file, message): "\(Self.location(file, nil))plug-in '\(plugin)' failed: \(message)"
        case let .strictFailure(file, count): "\(Self.location(file, nil))\(count) warning(s) with --strict"
        }
    }

    /// Whether the user asked for something impossible (exit code 2) rather than an input failing (1).
    public var isUsageError: Bool {
        switch self {
        case .usage, .unknownFormat: true
        default: false
        }
    }

    private static func location(_ file: String?, _ line: Int?) -> String {
        guard let file else { return "" }
        return line.map { "\(file):\($0): " } ?? "\(file): "
    }
}

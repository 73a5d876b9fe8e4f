import Foundation

/// A transform done by another program, as with pandoc's JSON filters: the document's model JSON
/// (docs/model-json.md) goes to the program's standard input, the changed document is read back
/// from its standard output. The program gets the target format's name as its first argument.
///
/// A filter that exits non-zero, crashes, runs past ``timeout`` or prints something that is not
/// a model document fails the conversion with ``OctavoError/filterFailed(filter:message:)``,
/// naming the filter and quoting the last lines it wrote to standard error.
public struct ExternalFilter: DocumentTransform {
    /// The program as the user gave it: a path (with a `/`) or a name looked up in `PATH`.
    public let program: String
    /// The output format's name, passed as the program's first argument.
    public let targetFormat: String
    /// Seconds the program may run before it is stopped.
    public var timeout: Double

    public init(program: String, targetFormat: String, timeout: Double = 120) {
        self.program = program
        self.targetFormat = targetFormat
        self.timeout = timeout
    }

    public var name: String { "filter \(program)" }

    public func apply(to document: inout Document, context: ConversionContext) throws {
        let command = try FilterProgram.resolve(program)
        let input = try ModelJSON.encode(document, pretty: false)
        let run: FilterProcess.Outcome
        do {
            run = try FilterProcess.run(command.executable, command.arguments + [targetFormat],
                                        input: input, timeout: timeout)
        } catch {
            throw OctavoError.filterFailed(filter: program, message: "could not start: \(error.localizedDescription)")
        }
        if let problem = run.problem {
            throw OctavoError.filterFailed(filter: program, message: problem + Self.tail(of: run.standardError))
        }
        do {
            var changed = try ModelJSON.decodeDocument(run.standardOutput)
            if changed.sourcePath == nil { changed.sourcePath = document.sourcePath }
            document = changed
        } catch {
            let reason = (error as? OctavoError)?.description ?? BatchEngine.describe(error)
            throw OctavoError.filterFailed(filter: program,
                message: "its output is not a model JSON document (\(reason))" + Self.tail(of: run.standardError))
        }
        for line in Self.lastLines(of: run.standardError, count: 20) {
            context.report(.info, line, file: document.sourcePath, source: "filter \(program)")
        }
    }

    /// Stops every external filter running in this process (with whatever it started): for an
    /// interrupt handler, so that no filter outlives the tool.
    public static func terminateAll() {
        FilterProcess.terminateAll()
    }

    /// The last lines of standard error, as a suffix for a failure message.
    static func tail(of standardError: Data) -> String {
        let lines = lastLines(of: standardError, count: 5)
        return lines.isEmpty ? "" : "; stderr: " + lines.joined(separator: " | ")
    }

    static func lastLines(of data: Data, count: Int) -> [String] {
        String(decoding: data, as: UTF8.self)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .suffix(count)
    }
}

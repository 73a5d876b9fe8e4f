import ArgumentParser
import Foundation
import Octavo

/// The `octavo` command: convert documents between Markdown, HTML, transcripts, EPUB and text.
struct OctavoCommand: ParsableCommand {
    /// The version `--version` prints and the `User-Agent` sends.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "octavo",
        abstract: "Convert documents: HTML, Markdown and transcripts in; EPUB, clean HTML and text out.",
        version: version,
        subcommands: [ConvertCommand.self, BatchCommand.self, InspectCommand.self, FormatsCommand.self],
        defaultSubcommand: nil
    )
}

@main
enum Main {
    /// Runs the command and maps failures to the CLI contract's exit codes:
    /// 0 success, 1 an input could not be converted, 2 a usage error.
    static func main() async {
        do {
            var command = try OctavoCommand.parseAsRoot()
            if var conversion = command as? any AsyncParsableCommand {
                try await conversion.run()
            } else {
                try command.run()
            }
        } catch let error as OctavoError {
            Terminal.error(error.description)
            exit(error.isUsageError ? 2 : 1)
        } catch let error as ExitCode {
            exit(error.rawValue)
        } catch {
            let code = OctavoCommand.exitCode(for: error)
            let message = OctavoCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            if !message.isEmpty { Terminal.error(message) }
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

import Foundation
import Octavo

extension ConversionFlags {
    /// Reads `arguments` (and the `--inputs` list) into a book: files from disk, URLs from the
    /// web; then, when the writer embeds images (`embedsImages`), fetches the pages' web images.
    /// Fetching waits on sockets, so it runs on a thread of its own (``ConversionThreads/run(_:)``),
    /// not on one of the tasks' threads.
    func readBook(_ arguments: [String], converter: Converter, context: ConversionContext,
                  embedsImages: Bool) async throws -> Book {
        let inputs = try fetch.inputs(arguments)
        guard !inputs.isEmpty else { throw OctavoError.usage("no input given (use '-' for standard input)") }
        let line = FetchProgressLine(quiet: quiet)
        defer { line.finish() }
        let web = WebInputs(settings: context.options.fetch, userAgent: "octavo/\(OctavoCommand.version)",
                            progress: { line.update($0) })
        let sources = try await ConversionThreads.run { Result { try web.load(inputs) } }.get()
        let book = try await converter.read(sources, from: from, context: context)
        if embedsImages { await ConversionThreads.run { web.fetchImages(of: book, context: context) } }
        return book
    }
}

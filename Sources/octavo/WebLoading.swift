import Foundation
import Octavo

extension ConversionFlags {
    /// Reads `arguments` (and the `--inputs` list) into a book: files from disk, URLs from the
    /// web; then, when the writer embeds images (`embedsImages`), fetches the pages' web images.
    func readBook(_ arguments: [String], converter: Converter, context: ConversionContext,
                  embedsImages: Bool) throws -> Book {
        let inputs = try fetch.inputs(arguments)
        guard !inputs.isEmpty else { throw OctavoError.usage("no input given (use '-' for standard input)") }
        let line = FetchProgressLine(quiet: quiet)
        defer { line.finish() }
        let web = WebInputs(settings: context.options.fetch, userAgent: "octavo/\(OctavoCommand.version)",
                            progress: { line.update($0) })
        let book = try converter.read(try web.load(inputs), from: from, context: context)
        if embedsImages { web.fetchImages(of: book, context: context) }
        return book
    }
}

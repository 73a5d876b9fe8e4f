import Foundation
import Octavo

/// What every fuzz target does with one input: read it with one reader, then write the model
/// with each text writer. Errors are expected (most inputs are invalid); only a crash, a
/// sanitizer report, a hang or runaway memory is a finding.
public enum FuzzHarness {
    /// Options small enough that libFuzzer's per-input time and memory limits catch blowups
    /// (not the defaults: a 256-level model is slow to hash and encode thousands of times a second).
    static let context: ConversionOptions = {
        var options = ConversionOptions()
        options.limits.maxDepth = 64
        options.limits.maxInputBytes = 1 << 20
        options.wrap = .column(40)
        return options
    }()

    /// The writers each model is written with, when registered.
    static let writers = ["json", "text", "html", "xhtml"].compactMap { FormatRegistry.standard.writer(named: $0) }

    /// Reads `bytes` with the reader called `reader` (with `path` as its name, which selects
    /// subtitle variants by extension) and writes the result with every text writer.
    public static func run(_ bytes: UnsafePointer<UInt8>, _ count: Int, reader: String, path: String? = nil) {
        let input = InputSource(data: Data(bytes: bytes, count: count), path: path)
        let context = ConversionContext(options: Self.context, date: Date(timeIntervalSince1970: 0))
        guard let document = try? Converter().read(input, from: reader, context: context) else { return }
        let book = Book(metadata: document.metadata, documents: [document])
        for writer in writers {
            _ = try? writer.write(book, context: context)
        }
        _ = document.hashValue
        _ = document == document
    }

    /// Whether the reader is registered in this build (the branch that adds it may not be merged).
    public static func isAvailable(_ reader: String) -> Bool {
        FormatRegistry.standard.reader(named: reader) != nil
    }
}

import Foundation
import Synchronization

extension BatchEngine {
    /// Converts one job on the calling thread (a conversion thread) and says what became of it.
    func convert(_ job: BatchJob, settings: BatchSettings, state: BatchState?, stop: StopSignal,
                 environment: [String: String], folders: OutputFolders) -> BatchResult {
        let clock = ContinuousClock(), start = clock.now
        if stop.isRaised || settings.temporaryFiles.isClosed { return BatchResult(job: job, status: .cancelled) }
        if let state, state.isUpToDate(job) { return BatchResult(job: job, status: .unchanged) }
        let context = ConversionContext(options: job.options, environment: environment)
        var result = BatchResult(job: job, status: .converted)
        do {
            let filters = job.filters.map { ExternalFilter(program: $0, targetFormat: job.to) }
            let converter = Converter(registry: registry, transforms: transforms + filters)
            let writer = try converter.writer(named: job.to, outputPath: nil)
            let web = WebInputs(settings: job.options.fetch)
            let inputs = try web.load(job.inputs)
            let documents = try inputs.map { try converter.read($0, from: job.from, context: context) }
            let book = converter.assemble(documents, context: context)
            if WebInputs.embedsImages(job.to, options: job.options) { web.fetchImages(of: book, context: context) }
            if writer.writesFolder {
                try Self.checkStrict(job, context)
                if stop.isRaised {
                    result.status = .cancelled
                } else {
                    try folders.create(for: job.output)
                    try FolderOutput.write(book, with: writer, to: job.output, context: context,
                                           registry: settings.temporaryFiles)
                }
            } else {
                let data = try converter.write(book, with: writer, context: context)
                try Self.checkStrict(job, context)
                if stop.isRaised {
                    result.status = .cancelled
                } else {
                    try folders.create(for: job.output)
                    try AtomicFile.write(data, to: job.output, registry: settings.temporaryFiles,
                                         durable: settings.durableWrites)
                }
            }
        } catch let error as OctavoError {
            result.status = .failed
            result.error = error
        } catch {
            result.status = .failed
            result.error = .invalidInput(file: job.key, line: nil, message: Self.describe(error))
        }
        result.diagnostics = context.diagnostics
        result.duration = Self.seconds(start.duration(to: clock.now))
        return result
    }

    /// With `strict`, a warning fails the job before anything is written.
    private static func checkStrict(_ job: BatchJob, _ context: ConversionContext) throws {
        let warnings = context.diagnostics.count { $0.severity >= .warning }
        if job.options.strict && warnings > 0 {
            throw OctavoError.strictFailure(file: job.key, count: warnings)
        }
    }

    /// A short message for an error from outside Octavo (coding errors would print the whole value).
    static func describe(_ error: any Error) -> String {
        switch error {
        case let EncodingError.invalidValue(_, context): "cannot encode: \(context.debugDescription)"
        case let DecodingError.dataCorrupted(context): "cannot decode: \(context.debugDescription)"
        default: String(describing: error)
        }
    }
}

/// The output folders of a batch, each made once (`FileManager` stats every component of the
/// path each time it is asked, and a batch asks once per job).
final class OutputFolders: Sendable {
    private let made = Mutex<Set<String>>([])

    func create(for output: String) throws {
        let folder = PathText.folder(output)
        if made.withLock({ $0.contains(folder) }) { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OctavoError.unwritable(file: output, reason: "cannot create folder \(folder)")
        }
        made.withLock { _ = $0.insert(folder) }
    }
}

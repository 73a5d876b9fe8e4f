import ArgumentParser
import Foundation
import Octavo

/// The options for URL inputs and the images of pages (docs/fetch.md).
struct FetchFlags: ParsableArguments {
    @Option(name: .customLong("inputs"), help: "A file listing inputs, one a line ('#' starts a comment); '-' for stdin.")
    var inputsFile: String?
    @Flag(inversion: .prefixedNo,
          help: "Fetch the web images of pages (default: on for URL inputs, off for local files).")
    var fetchResources: Bool?
    @Option(help: "Seconds one web request may take (default 30).")
    var timeout: Double?
    @Option(help: "The largest page or image accepted from the web, in bytes (default 50 MB pages, 20 MB images).")
    var maxDownloadSize: Int?
    @Option(help: "The most bytes one run downloads in all (default 1 GB).")
    var maxTotalDownload: Int?
    @Option(help: "Keep web responses (and an EPUB's finished images) in this folder and reuse them next time (or OCTAVO_CACHE).")
    var cache: String?
    @Flag(help: "Use the cache only; a URL not in it fails.")
    var offline = false
    @Flag(help: "Let images inside pages come from loopback, link-local and private addresses.")
    var allowPrivateNetwork = false
    @Option(help: .hidden)
    var retryDelay: Double?

    /// Usage checks on these flags alone: positive numbers (exit 2).
    func validate() throws {
        try UsageChecks.require(timeout, in: Double.leastNonzeroMagnitude..., "--timeout", takes: "a positive number of seconds")
        try UsageChecks.require(maxDownloadSize, in: 1..., "--max-download-size", takes: "a positive number of bytes")
        try UsageChecks.require(maxTotalDownload, in: 1..., "--max-total-download", takes: "a positive number of bytes")
        try UsageChecks.require(retryDelay, in: 0..., "--retry-delay", takes: "a number of seconds")
    }

    /// The library's settings for these flags (checked by ``validate()``); `OCTAVO_CACHE` gives
    /// the cache folder when `--cache` does not.
    func settings(environment: [String: String] = ProcessInfo.processInfo.environment) -> FetchSettings {
        var settings = FetchSettings()
        settings.resources = fetchResources
        if let timeout { settings.timeout = timeout }
        if let maxDownloadSize {
            settings.maxPageBytes = maxDownloadSize
            settings.maxResourceBytes = maxDownloadSize
        }
        if let maxTotalDownload { settings.maxTotalBytes = maxTotalDownload }
        if let retryDelay {
            settings.retryDelay = retryDelay
            settings.maxRetryDelay = retryDelay
        }
        settings.cacheFolder = cache ?? environment["OCTAVO_CACHE"].flatMap { $0.isEmpty ? nil : $0 }
        settings.offline = offline
        settings.allowPrivateNetwork = allowPrivateNetwork
        return settings
    }

    /// The inputs given as arguments, then those listed in `--inputs`.
    func inputs(_ arguments: [String]) throws -> [String] {
        guard let inputsFile else { return arguments }
        let source = try InputSource.load(inputsFile)
        let listed = String(decoding: source.data, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap { line -> String? in
            let text = line.trimmingCharacters(in: .whitespaces)
            return text.isEmpty || text.hasPrefix("#") ? nil : text
        }
        return arguments + listed
    }
}

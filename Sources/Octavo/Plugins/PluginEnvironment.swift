import Foundation

/// The environment a format plug-in runs in: the process's own, plus the conversion's options
/// as a JSON object in `OCTAVO_OPTIONS` and the date writers stamp in `OCTAVO_DATE`.
enum PluginEnvironment {
    /// The options a plug-in may honour, under the names `OCTAVO_OPTIONS` documents.
    private struct Options: Encodable {
        var standalone: Bool
        var tableOfContents: Bool
        var tocDepth: Int
        var splitLevel: Int
        /// `none`, a column, or left out for the writer's default.
        var wrap: String?
        var keepTimestamps: Bool
        var maxDepth: Int
        var extra: [String: String]
    }

    static func variables(for context: ConversionContext,
                          base: [String: String] = ProcessInfo.processInfo.environment) -> [String: String] {
        let options = context.options
        let chosen = Options(standalone: options.standalone, tableOfContents: options.tableOfContents,
                             tocDepth: options.tocDepth, splitLevel: options.splitLevel,
                             wrap: options.wrap?.description, keepTimestamps: options.keepTimestamps,
                             maxDepth: options.limits.maxDepth, extra: options.extra)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var environment = base
        environment["OCTAVO_OPTIONS"] = (try? encoder.encode(chosen)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        environment["OCTAVO_DATE"] = context.date.formatted(.iso8601)
        environment["OCTAVO_PROTOCOL_VERSION"] = String(PluginDescription.protocolVersion)
        return environment
    }
}

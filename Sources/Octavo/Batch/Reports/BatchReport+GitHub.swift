/// GitHub Actions workflow commands (`::error file=…,line=…::message`) for a batch, so that
/// failures and warnings show up on the pull request's files.
public enum GitHubAnnotations {
    /// One `::error` per failed job and one `::warning` per warning of the other jobs.
    public static func lines(for summary: BatchSummary) -> [String] {
        var lines: [String] = []
        for result in summary.results {
            if result.status == .failed {
                let (file, line) = result.location
                lines.append(command("error", file: file, line: line, title: "octavo: \(result.job.key)",
                                     message: result.error?.description ?? "conversion failed"))
            }
            for diagnostic in result.diagnostics where diagnostic.severity >= .warning && result.status != .failed {
                lines.append(command(diagnostic.severity == .error ? "error" : "warning",
                                     file: diagnostic.file ?? result.job.key, line: diagnostic.line,
                                     title: diagnostic.source.map { "octavo: \($0)" }, message: diagnostic.message))
            }
        }
        return lines
    }

    static func command(_ kind: String, file: String, line: Int?, title: String?, message: String) -> String {
        var properties = ["file=" + escapeProperty(file)]
        if let line { properties.append("line=\(line)") }
        if let title { properties.append("title=" + escapeProperty(title)) }
        return "::\(kind) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

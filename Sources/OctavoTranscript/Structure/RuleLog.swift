import OctavoCore

/// Where rules say what they did: every diagnostic names the rule (`transcript.<rule>`), the
/// input and the line. Repairs that touch many lines are summarised once per rule.
///
/// A log belongs to the reading of one input, on one thread.
final class RuleLog {
    let context: ConversionContext
    let file: String?
    private var repairs: [String: (count: Int, firstLine: Int, what: String)] = [:]
    private var repairOrder: [String] = []

    init(context: ConversionContext, file: String?) {
        self.context = context
        self.file = file
    }

    /// Reports one removal or reshaping at `line`.
    func report(_ rule: String, _ message: String, line: Int?, severity: Diagnostic.Severity = .info) {
        context.report(Diagnostic(severity, message, file: file, line: line, source: "transcript.\(rule)"))
    }

    /// Counts a repeated repair; ``flush()`` reports the total.
    func count(_ rule: String, _ what: String, line: Int) {
        if let entry = repairs[rule] {
            repairs[rule] = (entry.count + 1, entry.firstLine, entry.what)
        } else {
            repairs[rule] = (1, line, what)
            repairOrder.append(rule)
        }
    }

    /// Reports the counted repairs.
    func flush() {
        for rule in repairOrder {
            guard let entry = repairs[rule] else { continue }
            let lines = entry.count == 1 ? "1 line" : "\(entry.count) lines"
            report(rule, "\(entry.what) on \(lines), first at line \(entry.firstLine)", line: entry.firstLine)
        }
        repairs.removeAll()
        repairOrder.removeAll()
    }

    /// A short quotation of removed text for a message.
    static func excerpt(_ text: some StringProtocol, limit: Int = 60) -> String {
        let trimmed = text.trimmingPrefix(while: { $0 == " " || $0 == "\t" })
        if trimmed.count <= limit { return "'\(trimmed)'" }
        return "'\(trimmed.prefix(limit))…'"
    }
}

import OctavoCore

/// Where rules say what they did: every diagnostic names the rule (`transcript.<rule>`), the
/// input and the line. Repairs that touch many lines are summarised once per rule.
///
/// A log is used by one thread at a time. A pass that runs in parallel gives each part a
/// ``part()`` log and ``absorb(_:)``s the parts in input order, so the diagnostics come out
/// exactly as one pass in order would report them.
final class RuleLog: @unchecked Sendable {
    let context: ConversionContext
    let file: String?
    private var repairs: [String: (count: Int, firstLine: Int, what: String)] = [:]
    private var repairOrder: [String] = []
    /// Reports held back for the parent log, in a part log; nil in the log of a whole input.
    private var held: [Diagnostic]?

    init(context: ConversionContext, file: String?) {
        self.context = context
        self.file = file
    }

    /// A log for one part of the input, to be absorbed into this one.
    func part() -> RuleLog {
        let log = RuleLog(context: context, file: file)
        log.held = []
        return log
    }

    /// Takes over what a ``part()`` log recorded, as if it had been reported here.
    func absorb(_ part: RuleLog) {
        for diagnostic in part.held ?? [] { emit(diagnostic) }
        for rule in part.repairOrder {
            guard let entry = part.repairs[rule] else { continue }
            if let mine = repairs[rule] {
                repairs[rule] = (mine.count + entry.count, mine.firstLine, mine.what)
            } else {
                repairs[rule] = entry
                repairOrder.append(rule)
            }
        }
    }

    /// Reports one removal or reshaping at `line`.
    func report(_ rule: String, _ message: String, line: Int?, severity: Diagnostic.Severity = .info) {
        emit(Diagnostic(severity, message, file: file, line: line, source: "transcript.\(rule)"))
    }

    private func emit(_ diagnostic: Diagnostic) {
        if held != nil { held!.append(diagnostic) } else { context.report(diagnostic) }
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

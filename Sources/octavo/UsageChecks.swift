import ArgumentParser

/// Range checks for numeric flags, shared by every command's `validate()` (exit 2, naming the flag).
enum UsageChecks {
    /// Fails unless `value` (when given) lies in `range`; `expected` says what the flag takes.
    static func require<Range: RangeExpression>(_ value: Range.Bound?, in range: Range, _ flag: String,
                                                takes expected: String) throws {
        if let value, !range.contains(value) { throw ValidationError("\(flag) takes \(expected), not \(value)") }
    }
}

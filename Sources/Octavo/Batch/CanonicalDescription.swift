/// A description of a value that is the same in every run: like `String(reflecting:)`, but with
/// dictionary and set elements sorted (their iteration order changes from run to run). Fields
/// added to a type later are included automatically.
enum CanonicalDescription {
    static func of(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { of($0.value) } ?? "nil"
        case .dictionary:
            let entries = mirror.children.map { entry -> String in
                let pair = Array(Mirror(reflecting: entry.value).children)
                return pair.count == 2 ? of(pair[0].value) + ":" + of(pair[1].value) : of(entry.value)
            }
            return "[" + entries.sorted().joined(separator: ",") + "]"
        case .set:
            return "{" + mirror.children.map { of($0.value) }.sorted().joined(separator: ",") + "}"
        case .collection:
            return "[" + mirror.children.map { of($0.value) }.joined(separator: ",") + "]"
        case .struct, .class, .tuple, .enum:
            if mirror.children.isEmpty { return String(reflecting: value) }
            let fields = mirror.children.map { ($0.label ?? "_") + "=" + of($0.value) }
            return "\(mirror.subjectType)(" + fields.joined(separator: ",") + ")"
        default:
            return String(reflecting: value)
        }
    }
}

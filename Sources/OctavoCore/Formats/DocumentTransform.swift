/// An in-process pass over a document, run between reading and writing.
///
/// Transforms are named as verbs (`ShiftHeadings`, `AssignHeadingIDs`).
public protocol DocumentTransform: Sendable {
    /// A short name for diagnostics.
    var name: String { get }

    func apply(to document: inout Document, context: ConversionContext) throws
}

extension DocumentTransform {
    public var name: String { String(describing: Self.self) }
}

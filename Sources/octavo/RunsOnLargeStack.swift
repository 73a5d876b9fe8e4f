import Octavo

/// A command that converts documents, and so recurses once per nesting level of the model
/// (`Codable`, `Hashable`, the writers' walks). `Main` runs such a command on a thread with a
/// large stack (``withLargeStack(stackSize:_:)``) so that `--max-depth 10000` is safe.
protocol RunsOnLargeStack {}

extension ConvertCommand: RunsOnLargeStack {}
extension BatchCommand: RunsOnLargeStack {}
extension InspectCommand: RunsOnLargeStack {}

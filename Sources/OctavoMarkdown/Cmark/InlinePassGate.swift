internal import CCmarkGFM
import Foundation
import Synchronization

/// Lets cmark-gfm's inline passes run on several threads at once.
///
/// cmark-gfm 0.29 keeps the table of characters that start an extension's inline syntax (`~`,
/// `:`, `w`) in process-wide memory. `cmark_parser_finish` fills it for the parser's extensions
/// as its inline pass begins and clears it as the pass ends, through the exported function
/// `cmark_manage_extensions_special_characters`, so a pass that overlapped another lost `~~` and
/// autolinks once the other ended, and a CommonMark pass saw GFM's rule for `_` beside `~`.
///
/// Octavo defines that function too (``manageSpecialCharacters(_:_:)``), and the dynamic linker
/// binds the library's calls to Octavo's, which then leaves the table alone. The gate sets the
/// table instead, through the library's own function, and only while no pass runs: GFM passes
/// run together, as do CommonMark passes; a pass of the other dialect waits until the running
/// ones end, and passes that arrive after it wait behind it. Where the library's calls do not
/// reach Octavo's function (a cmark-gfm linked statically, say), which a probe parse finds out
/// once, passes run one at a time and the library sets the table itself, as before.
final class InlinePassGate: @unchecked Sendable {
    /// What the process-wide table is set for.
    enum Table { case commonMark, gfm }

    /// The one gate: cmark-gfm's table is one per process.
    static let shared = InlinePassGate()

    /// The GFM syntax extensions the `markdown` format attaches (footnotes are a parser option).
    static let gfmExtensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Whether passes of one dialect run together (the gate keeps the table) or one at a time.
    let sharesPasses: Bool
    /// A parser that never parses: the GFM extensions attached to it are what the table is
    /// filled from.
    private let keeper: OpaquePointer?
    private let condition = NSCondition()
    private var table = Table.commonMark
    private var running = 0
    /// Threads waiting for the table to be set for their dialect.
    private var waitingToSwitch = 0

    private init() {
        cmark_gfm_core_extensions_ensure_registered()
        keeper = cmark_parser_new(CMARK_OPT_DEFAULT)
        for name in Self.gfmExtensionNames {
            if let keeper, let handle = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(keeper, handle) }
        }
        let reached = Self.libraryCallsReachOctavo()
        precondition(!reached || libraryManageCharacters != nil,
                     "cmark-gfm's cmark_manage_extensions_special_characters is hidden and cannot be found")
        sharesPasses = reached && keeper != nil
        gateKeepsTable.store(sharesPasses, ordering: .releasing)
    }

    /// Whether `cmark_parser_finish` calls Octavo's ``manageSpecialCharacters(_:_:)``: one
    /// parse of a CommonMark parser (no extensions, so nothing to add) tells.
    private static func libraryCallsReachOctavo() -> Bool {
        let before = callsReached.load(ordering: .relaxed)
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return false }
        cmark_parser_feed(parser, "probe", 5)
        if let document = cmark_parser_finish(parser) { cmark_node_free(document) }
        cmark_parser_free(parser)
        return callsReached.load(ordering: .relaxed) > before
    }

    /// Runs `pass` (a `cmark_parser_finish`) with the table set for `dialect`.
    func run<T>(_ dialect: Table, _ pass: () -> T) -> T {
        condition.lock()
        while running > 0 && (!sharesPasses || table != dialect || waitingToSwitch > 0) {
            let switching = sharesPasses && table != dialect
            if switching { waitingToSwitch += 1 }
            condition.wait()
            if switching { waitingToSwitch -= 1 }
        }
        if sharesPasses && table != dialect {
            libraryManageCharacters?(keeper, dialect == .gfm ? 1 : 0)
            table = dialect
        }
        running += 1
        condition.unlock()
        defer {
            condition.lock()
            running -= 1
            if running == 0 { condition.broadcast() }
            condition.unlock()
        }
        return pass()
    }
}

private typealias ManageCharacters = @convention(c) (OpaquePointer?, Int32) -> Void

/// cmark-gfm's own `cmark_manage_extensions_special_characters`, the next definition after
/// Octavo's in the dynamic linker's search order.
private let libraryManageCharacters: ManageCharacters? = dlsym(UnsafeMutableRawPointer(bitPattern: -1),
                                                               "cmark_manage_extensions_special_characters")
    .map { unsafeBitCast($0, to: ManageCharacters.self) }

/// Set once ``InlinePassGate`` keeps the table: the library's calls then change nothing.
private let gateKeepsTable = Atomic<Bool>(false)
/// How many of the library's calls reached Octavo's definition (the gate's probe reads it).
private let callsReached = Atomic<Int>(0)

/// Octavo's definition of cmark-gfm's `cmark_manage_extensions_special_characters`, which the
/// library calls as a parse's inline pass begins and ends (see ``InlinePassGate``). Not for
/// calling from Swift.
@_cdecl("cmark_manage_extensions_special_characters")
package func manageSpecialCharacters(_ parser: OpaquePointer?, _ add: Int32) {
    callsReached.add(1, ordering: .relaxed)
    if gateKeepsTable.load(ordering: .acquiring) { return }
    libraryManageCharacters?(parser, add)
}

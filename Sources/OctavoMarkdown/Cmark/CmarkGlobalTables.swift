internal import CCmarkGFM
import Synchronization

/// The part of cmark-gfm 0.29 that is process-wide rather than per parser, and the lock that
/// keeps parses on different threads from seeing each other's changes to it.
///
/// - The registry of syntax extensions, filled once by `cmark_gfm_core_extensions_ensure_registered`
///   (not thread-safe itself) and only read afterwards (`cmark_find_syntax_extension`).
/// - The inline parser's table of special characters. A parser's extensions add their characters
///   (`~` for strikethrough, `:` and `w` for autolinks) around every inline pass and remove them
///   after it (`cmark_manage_extensions_special_characters`): in `cmark_parser_finish`, and, for
///   table rows, already while `cmark_parser_feed` reads the blocks. Every inline pass reads the
///   table, so a CommonMark parse running beside a GFM one would see GFM's characters, and a GFM
///   pass would lose its own when another parse ends.
///
/// So feeding and finishing — every step of a parse that runs the inline parser — hold
/// ``lock``; making the parser, walking the finished tree and freeing it do not.
enum CmarkGlobalTables {
    /// Held while a parser is fed and finished.
    static let lock = Mutex(())

    /// The GFM syntax extensions the `markdown` format attaches (footnotes are a parser option).
    static let gfmExtensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Registers cmark-gfm's extensions, once per process, before any parser looks one up.
    private static let registered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// A new parser with `options`, with the GFM extensions attached when `gfm`; the caller frees it.
    static func parser(options: Int32, gfm: Bool) -> OpaquePointer? {
        _ = registered
        guard let parser = cmark_parser_new(options) else { return nil }
        if gfm {
            for name in gfmExtensionNames {
                if let handle = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, handle) }
            }
        }
        return parser
    }
}

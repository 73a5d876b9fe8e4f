import Foundation

/// The text being written, as UTF-8 bytes: lines with the prefixes of the containers they sit
/// in (`> ` for a quote, a list marker on an item's first line and its hanging indent after),
/// and the blank lines between blocks.
struct TextOutput: Sendable {
    /// One container's prefix: `first` on its first line, `rest` on every later line (same width).
    private struct Prefix {
        var first: [UInt8]
        var rest: [UInt8]
        var usedFirst = false
    }

    /// What is being written.
    private(set) var bytes: [UInt8] = []
    private var prefixes: [Prefix] = []
    /// Per container: whether its blocks follow each other without blank lines (a tight list).
    private var tightness: [Bool] = [false]
    /// Whether nothing has been written in the current container yet.
    private var atStart = true
    /// The columns the prefixes take.
    private(set) var indentWidth = 0

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Whether nothing has been written.
    var isEmpty: Bool { bytes.isEmpty }

    /// Everything written, in one buffer.
    var data: Data { Data(bytes) }

    /// The output as a string (for tests and small uses).
    var text: String { String(decoding: data, as: UTF8.self) }

    /// Enters a container whose lines start with `first`, then `rest`.
    mutating func push(first: String, rest: String, tight: Bool) {
        prefixes.append(Prefix(first: Array(first.utf8), rest: Array(rest.utf8)))
        tightness.append(tight)
        indentWidth += DisplayWidth.of(rest)
        atStart = true
    }

    /// Leaves the innermost container. A marker never written (an empty item) is written now.
    mutating func pop() {
        guard let prefix = prefixes.last else { return }
        if !prefix.usedFirst { line("") }
        prefixes.removeLast()
        tightness.removeLast()
        indentWidth -= prefix.rest.count
        atStart = false
    }

    /// Called before each block: a blank line separates it from the one before, unless the
    /// container is tight or `tight` asks for none.
    mutating func beginBlock(tight: Bool = false) {
        if !atStart && !tight && !(tightness.last ?? false) { line("") }
        atStart = false
    }

    /// Writes one line with the current prefixes; trailing spaces are trimmed.
    mutating func line(_ content: String) { line(Substring(content)) }

    /// Writes one line with the current prefixes; trailing spaces are trimmed.
    mutating func line(_ content: Substring) {
        startLine()
        bytes.append(contentsOf: content.utf8)
        endLine()
    }

    /// Writes the prefixes that start a line.
    mutating func startLine() {
        for index in prefixes.indices {
            if prefixes[index].usedFirst {
                bytes.append(contentsOf: prefixes[index].rest)
            } else {
                bytes.append(contentsOf: prefixes[index].first)
                prefixes[index].usedFirst = true
            }
        }
    }

    /// Appends to the open line.
    mutating func append(_ content: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: content) }

    /// Appends one byte to the open line.
    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// Ends the open line, trimming the spaces at its end.
    mutating func endLine() {
        while bytes.last == 0x20 { bytes.removeLast() }
        bytes.append(0x0A)
    }

    /// Marks the start of a new, unrelated run (a new document): the next block gets a blank line before it.
    mutating func separate() { atStart = isEmpty }
}

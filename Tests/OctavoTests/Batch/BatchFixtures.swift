import Foundation
import Octavo

/// Small inputs and toy formats for the batch tests.
enum BatchFixtures {
    /// A model JSON document with a title and one paragraph.
    static func json(title: String, text: String) -> String {
        #"{"schemaVersion":1,"document":{"metadata":{"title":"\#(title)"},"blocks":[{"type":"paragraph","content":[{"type":"text","text":"\#(text)"}]}]}}"#
    }

    /// Writes `files` (relative path → contents) under `root`, creating folders.
    static func write(_ files: [String: String], under root: URL) throws {
        for (path, contents) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
    }

    /// Every file under `root` (relative paths, hidden ones included), sorted.
    static func tree(_ root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    /// A shell script at `url`, made executable.
    static func script(_ body: String, at url: URL) throws -> String {
        try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }
}

/// A toy reader: one paragraph per line; a line `WARN` reports a warning.
struct ToyLinesReader: DocumentReader {
    let format = FormatDescription(name: "lines", extensions: ["lines"], summary: "one paragraph a line")
    func read(_ input: InputSource, context: ConversionContext) throws -> Document {
        let lines = String(decoding: input.data, as: UTF8.self).split(separator: "\n").map(String.init)
        for (number, line) in lines.enumerated() where line == "WARN" {
            context.report(.warning, "a warning line", file: input.displayName, line: number + 1, source: "lines.warn")
        }
        if lines.contains("FAIL") { throw OctavoError.invalidInput(file: input.displayName, line: nil, message: "a FAIL line") }
        return Document(blocks: lines.map { .paragraph([.text($0)]) })
    }
}

/// A toy writer: the text of every paragraph, one a line.
struct ToyLinesWriter: DocumentWriter {
    let format = FormatDescription(name: "lines", extensions: ["lines"], summary: "one paragraph a line")
    func write(_ book: Book, context: ConversionContext) throws -> Data {
        var text = ""
        for document in book.documents {
            document.blocks.visit(inline: { if case let .text(t) = $0 { text += t + "\n" } })
        }
        return Data(text.utf8)
    }
}

extension FormatRegistry {
    /// The standard formats plus the toy `lines` reader and writer.
    static var withLines: FormatRegistry {
        var registry = FormatRegistry.standard
        registry.register(reader: ToyLinesReader())
        registry.register(writer: ToyLinesWriter())
        return registry
    }
}

import Foundation
import OctavoCore
import Yams

/// Turns front matter YAML into ``Metadata``.
enum FrontMatterMetadata {
    /// Why the YAML could not be used, and on which line of the YAML.
    struct Failure: Error {
        var message: String
        var line: Int?
    }

    /// Reads `yaml`. Known keys fill the fields; every other key lands in `extra`, scalars as
    /// written, lists joined with `, `, nested mappings as `key.subkey`.
    static func parse(_ yaml: String) throws(Failure) -> Metadata {
        if let line = tooDeep(yaml) {
            throw Failure(message: "front matter nests deeper than \(maxNesting) levels", line: line)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Self.failure(error)
        } catch {
            throw Failure(message: "front matter is not valid YAML: \(error)", line: nil)
        }
        guard let root else { return Metadata() }
        guard let mapping = root.mapping else {
            throw Failure(message: "front matter is not a YAML mapping of keys to values", line: root.mark.map { $0.line })
        }
        var metadata = Metadata()
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            apply(key: key, value: value, to: &metadata)
        }
        return metadata
    }

    private static func apply(key: String, value: Node, to metadata: inout Metadata) {
        switch key.lowercased() {
        case "title": metadata.title = text(value)
        case "subtitle": metadata.subtitle = text(value)
        case "author", "authors": metadata.authors += list(value)
        case "date": metadata.date = text(value)
        case "lang", "language": metadata.language = text(value)
        case "description", "abstract", "summary": metadata.description = text(value)
        case "publisher": metadata.publisher = text(value)
        case "rights", "copyright", "license": metadata.rights = text(value)
        case "identifier", "isbn", "id": metadata.identifier = text(value)
        case "subject", "subjects", "keywords", "tags": metadata.subjects += list(value)
        case "cover", "cover-image", "cover_image", "coverimage": metadata.cover = text(value)
        case "source", "url": metadata.source = text(value)
        case "site", "site-name": metadata.siteName = text(value)
        default: addExtra(key: key, value: value, to: &metadata.extra)
        }
    }

    /// Front matter is a handful of fields: deeper or larger structures (an alias bomb) are cut off.
    static let maxNesting = 32
    private static let maxItems = 1000

    /// The line where flow brackets or indentation first go deeper than ``maxNesting``, if they do
    /// (the YAML parser recurses, so such input never reaches it).
    private static func tooDeep(_ yaml: String) -> Int? {
        var line = 1, open = 0, indent = 0, atLineStart = true
        for byte in yaml.utf8 {
            switch byte {
            case UInt8(ascii: "\n"): line += 1; indent = 0; atLineStart = true; continue
            case UInt8(ascii: " ") where atLineStart: indent += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"): open += 1; atLineStart = false
            case UInt8(ascii: "]"), UInt8(ascii: "}"): open -= 1; atLineStart = false
            default: atLineStart = false
            }
            if open > maxNesting || indent > 2 * maxNesting { return line }
        }
        return nil
    }

    private static func addExtra(key: String, value: Node, to extra: inout [String: String]) {
        var budget = maxItems
        addExtra(key: key, value: value, to: &extra, depth: 0, budget: &budget)
    }

    private static func addExtra(key: String, value: Node, to extra: inout [String: String], depth: Int, budget: inout Int) {
        guard extra.count < maxItems, budget > 0 else { return }
        budget -= 1
        if let nested = value.mapping {
            guard depth < 8 else { return }
            for (subkey, subvalue) in nested {
                if let name = subkey.string {
                    addExtra(key: "\(key).\(name)", value: subvalue, to: &extra, depth: depth + 1, budget: &budget)
                }
            }
        } else if let joined = text(value) {
            extra[key] = joined
        }
    }

    /// A scalar as written; a list of scalars joined with `, `; nothing for empty values.
    private static func text(_ node: Node) -> String? {
        let items = list(node)
        return items.isEmpty ? nil : items.joined(separator: ", ")
    }

    /// A scalar as a one-element list, a sequence's scalars (and mappings' `name` values) in order.
    private static func list(_ node: Node) -> [String] {
        var out: [String] = []
        var budget = maxItems
        collect(node, into: &out, depth: 0, budget: &budget)
        return out
    }

    /// Visits at most `budget` nodes, so aliases repeated inside aliases cannot multiply the work.
    private static func collect(_ node: Node, into out: inout [String], depth: Int, budget: inout Int) {
        guard budget > 0, depth < 8 else { return }
        budget -= 1
        switch node {
        case let .scalar(scalar):
            let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty && !(scalar.style == .plain && (value == "~" || value == "null")) { out.append(value) }
        case let .sequence(sequence):
            for item in sequence { collect(item, into: &out, depth: depth + 1, budget: &budget) }
        case let .mapping(mapping):
            if let name = mapping["name"] { collect(name, into: &out, depth: depth + 1, budget: &budget) }
        case .alias: break
        }
    }

    private static func failure(_ error: YamlError) -> Failure {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return Failure(message: "front matter is not valid YAML: \(problem)", line: mark.line)
        default:
            return Failure(message: "front matter is not valid YAML: \(error)", line: nil)
        }
    }
}

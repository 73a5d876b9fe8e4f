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
        default: addExtra(key: key, value: value, to: &metadata.extra)
        }
    }

    private static func addExtra(key: String, value: Node, to extra: inout [String: String]) {
        if let nested = value.mapping {
            for (subkey, subvalue) in nested {
                if let name = subkey.string { addExtra(key: "\(key).\(name)", value: subvalue, to: &extra) }
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
        switch node {
        case let .scalar(scalar):
            let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            return value.isEmpty || (scalar.style == .plain && (value == "~" || value == "null")) ? [] : [value]
        case let .sequence(sequence): return sequence.flatMap { list($0) }
        case let .mapping(mapping):
            if let name = mapping["name"] { return list(name) }
            return []
        case .alias: return []
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

import Yams

/// Reads a manifest's YAML tree, refusing unknown keys and wrong types with the line they are on.
struct ManifestParser {
    let path: String

    func manifest(from root: Node?) throws -> BatchManifest {
        guard let root, let mapping = root.mapping else { throw problem("the manifest must be a mapping", root) }
        try checkKeys(mapping, allowed: ["output", "defaults", "jobs"])
        var manifest = BatchManifest(path: path, outputFolder: nil, defaults: ManifestSettings(), entries: [])
        if let output = mapping["output"] {
            manifest.outputFolder = BatchPlanner.join(manifest.folder, try string(output, "output"))
        }
        if let defaults = mapping["defaults"] {
            guard let map = defaults.mapping else { throw problem("defaults must be a mapping", defaults) }
            try checkKeys(map, allowed: ManifestSettings.keys)
            manifest.defaults = try settings(map)
        }
        guard let jobs = mapping["jobs"]?.sequence, !jobs.isEmpty else {
            throw problem("jobs must be a non-empty list", mapping["jobs"] ?? root)
        }
        manifest.entries = try jobs.map(entry)
        return manifest
    }

    private func entry(_ node: Node) throws -> BatchManifest.Entry {
        guard let map = node.mapping else { throw problem("each job must be a mapping", node) }
        try checkKeys(map, allowed: ManifestSettings.keys.union(["input", "inputs", "output"]))
        let input = try map["input"].map { try string($0, "input") }
        let inputs = try map["inputs"].map { try strings($0, "inputs") } ?? []
        guard (input == nil) != inputs.isEmpty else {
            throw problem("a job needs either input (a file or folder) or inputs (a compilation)", node)
        }
        return BatchManifest.Entry(input: input, inputs: inputs, output: try map["output"].map { try string($0, "output") },
                                   settings: try settings(map), line: node.mark?.line)
    }

    private func settings(_ map: Node.Mapping) throws -> ManifestSettings {
        var s = ManifestSettings()
        s.from = try map["from"].map { try string($0, "from") }
        s.to = try map["to"].map { try string($0, "to") }
        s.include = try map["include"].map { try strings($0, "include") }
        s.exclude = try map["exclude"].map { try strings($0, "exclude") }
        s.filters = try map["filters"].map { try strings($0, "filters") } ?? []
        s.title = try map["title"].map { try string($0, "title") }
        s.subtitle = try map["subtitle"].map { try string($0, "subtitle") }
        s.authors = try (map["authors"] ?? map["author"]).map { try strings($0, "authors") }
        s.language = try map["language"].map { try string($0, "language") }
        s.date = try map["date"].map { try string($0, "date") }
        s.css = try map["css"].map { try string($0, "css") }
        s.cover = try map["cover"].map { try string($0, "cover") }
        if let metadata = map["metadata"] {
            guard let pairs = metadata.mapping else { throw problem("metadata must be a mapping", metadata) }
            for (key, value) in pairs { s.metadata[try string(key, "metadata")] = try string(value, "metadata") }
        }
        s.standalone = try map["standalone"].map { try bool($0, "standalone") }
        s.toc = try map["toc"].map { try bool($0, "toc") }
        s.strict = try map["strict"].map { try bool($0, "strict") }
        s.wrap = try map["wrap"].map(wrap)
        s.extraction = try map["extract"].map { try word($0, "extract") }
        s.rawHTML = try map["raw-html"].map { try word($0, "raw-html") }
        return s
    }

    /// `wrap`, read by `Wrap`'s own initialiser, as `--wrap` is.
    private func wrap(_ node: Node) throws -> Wrap {
        guard let value = node.scalar.flatMap({ Wrap($0.string) }) else {
            throw problem("wrap must be a positive number or none", node)
        }
        return value
    }

    /// One of an enumerated setting's words, read by its own `init(rawValue:)`, as the command line
    /// reads `--extract` and `--raw-html`.
    private func word<Value: CaseIterable & RawRepresentable>(_ node: Node, _ key: String) throws -> Value
    where Value.RawValue == String {
        guard let value = node.scalar.flatMap({ Value(rawValue: $0.string) }) else {
            let words = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw problem("\(key) must be one of \(words)", node)
        }
        return value
    }

    private func checkKeys(_ map: Node.Mapping, allowed: Set<String>) throws {
        for (key, _) in map where !allowed.contains(key.string ?? "") {
            throw problem("unknown key '\(key.string ?? "?")' (allowed: \(allowed.sorted().joined(separator: ", ")))", key)
        }
    }

    private func string(_ node: Node, _ key: String) throws -> String {
        guard let value = node.scalar?.string else { throw problem("\(key) must be a text value", node) }
        return value
    }

    /// A list of strings; a single string counts as a list of one.
    private func strings(_ node: Node, _ key: String) throws -> [String] {
        if let scalar = node.scalar { return [scalar.string] }
        guard let items = node.sequence else { throw problem("\(key) must be a list", node) }
        return try items.map { try string($0, key) }
    }

    private func bool(_ node: Node, _ key: String) throws -> Bool {
        guard let value = node.bool else { throw problem("\(key) must be true or false", node) }
        return value
    }

    private func problem(_ message: String, _ node: Node?) -> OctavoError {
        let line = node?.mark.map { ":\($0.line)" } ?? ""
        return OctavoError.usage("\(path)\(line): \(message)")
    }
}

import Foundation

/// The folders local files may be read from: each input's own folder and the `--resource-path`
/// roots. Paths are compared after resolving symbolic links and `..`, so neither a link nor a
/// relative path can reach outside.
struct ResourceSandbox: Sendable {
    /// Resolved roots from the options, each without a trailing slash.
    let extraRoots: [String]

    init(resourcePaths: [String]) {
        extraRoots = resourcePaths.compactMap(Self.realPath)
    }

    /// The real path of `path` (symbolic links and `..` resolved), or `nil` if it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The roots for a document read from `sourcePath` (its folder first), resolved.
    func roots(forDocumentAt sourcePath: String?) -> [String] {
        var roots: [String] = []
        if let sourcePath {
            let folder = URL(fileURLWithPath: sourcePath).deletingLastPathComponent().path
            if let real = Self.realPath(folder) { roots.append(real) }
        }
        return roots + extraRoots.filter { !roots.contains($0) }
    }

    /// Whether the real path `path` lies inside one of `roots`.
    static func contains(_ path: String, within roots: [String]) -> Bool {
        roots.contains { root in
            root == "/" || path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        }
    }
}

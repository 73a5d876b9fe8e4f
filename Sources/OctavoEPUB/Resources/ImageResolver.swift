import Foundation
import OctavoCore
import Foundation

/// Turns image references into embedded files, refusing anything outside the sandbox, too large,
/// of an unknown type or (for SVG) unsafe. Remote images are never fetched here: those the
/// umbrella fetched (``FetchedResources``) get the same checks as local files.
struct ImageResolver {
    enum Outcome: Equatable {
        case embedded(EmbeddedImage)
        /// Not fetched: show the alt text and link to it.
        case remote(String)
        /// Left out, with the reason for the diagnostic.
        case refused(String)
    }

    private(set) var store = ImageStore()
    private let sandbox: ResourceSandbox
    private let maxBytes: Int
    private let fetched: FetchedResources
    private var cache: [String: Outcome] = [:]

    init(options: ConversionOptions, fetched: FetchedResources = FetchedResources()) {
        sandbox = ResourceSandbox(resourcePaths: options.resourcePaths)
        maxBytes = options.limits.maxImageBytes
        self.fetched = fetched
    }

    /// Resolves `source` as written in the document read from `sourcePath`.
    mutating func resolve(_ source: String, from sourcePath: String?) -> Outcome {
        let key = (sourcePath ?? "") + "\u{0}" + source
        if let known = cache[key] { return known }
        let outcome: Outcome
        switch ImageReference(source) {
        case let .inline(data): outcome = accept(data)
        case let .remote(url): outcome = fetched.resource(for: url).map { accept($0.data) } ?? .remote(url)
        case let .unsupported(reason): outcome = .refused(reason)
        case .local where sourcePath.map(ImageReference.isWebURL) ?? false:
            outcome = .refused("a page from the web cannot refer to local files")
        case let .local(path): outcome = resolveLocal(path, from: sourcePath)
        }
        cache[key] = outcome
        return outcome
    }

    /// Reads a file the user named explicitly (the `--cover` image): no sandbox, same checks otherwise.
    mutating func resolveTrusted(_ path: String) -> Outcome {
        guard let real = ResourceSandbox.realPath(path) else { return .refused("no such file") }
        return read(real)
    }

    private mutating func resolveLocal(_ path: String, from sourcePath: String?) -> Outcome {
        let roots = sandbox.roots(forDocumentAt: sourcePath)
        guard !roots.isEmpty else { return .refused("no folder to read it from (give --resource-path)") }
        let candidates: [String]
        if path.hasPrefix("/") {
            candidates = [path]
        } else {
            var bases: [String] = []
            if let sourcePath { bases.append(URL(fileURLWithPath: sourcePath).deletingLastPathComponent().path) }
            bases += sandbox.extraRoots
            candidates = bases.map { URL(fileURLWithPath: $0).appendingPathComponent(path).path }
        }
        var sawOutside = false
        for candidate in candidates {
            guard let real = ResourceSandbox.realPath(candidate) else { continue }
            guard ResourceSandbox.contains(real, within: roots) else {
                sawOutside = true
                continue
            }
            return read(real)
        }
        return .refused(sawOutside ? "it lies outside the input's folder and the --resource-path folders" : "no such file")
    }

    private mutating func read(_ realPath: String) -> Outcome {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: realPath),
              attributes[.type] as? FileAttributeType == .typeRegular else { return .refused("not a regular file") }
        if let size = attributes[.size] as? Int, size > maxBytes { return .refused(tooLarge(size)) }
        guard let data = FileManager.default.contents(atPath: realPath) else { return .refused("cannot read it") }
        return accept(data)
    }

    private mutating func accept(_ data: Data) -> Outcome {
        guard data.count <= maxBytes else { return .refused(tooLarge(data.count)) }
        guard let type = ImageMediaType.sniff(data) else { return .refused("not a PNG, JPEG, GIF, WebP or SVG image") }
        if type == .svg, let problem = SVGSafety.problem(in: data) { return .refused("unsafe SVG: \(problem)") }
        return .embedded(store.add(data, mediaType: type))
    }

    private func tooLarge(_ size: Int) -> String {
        "it is \(size) bytes, over the image limit of \(maxBytes)"
    }
}

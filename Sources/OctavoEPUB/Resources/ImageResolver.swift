import Foundation
import OctavoCore
import OctavoImages

/// Turns image references into embedded files, refusing anything outside the sandbox, too large
/// or unusable; every image goes through ``ImageNormalizer`` (converted, scaled, stripped), so
/// pictures that come out the same are stored once. Remote images are never fetched here: those
/// the umbrella fetched (``FetchedResources``) get the same checks as local files. Results in
/// ``PreparedImages`` (normalised ahead, in parallel) are taken as they are.
struct ImageResolver {
    enum Outcome: Equatable {
        case embedded(EmbeddedImage)
        /// Not fetched: show the alt text and link to it.
        case remote(String)
        /// Left out, with the reason for the diagnostic.
        case refused(String)
    }

    /// An image's bytes as read, before normalising.
    private enum Loaded {
        case bytes(Data)
        case remote(String)
        case refused(String)
    }

    private(set) var store = ImageStore()
    private let sandbox: ResourceSandbox
    private let maxBytes: Int
    private let imageOptions: ImageOptions
    private let fetched: FetchedResources
    private var cache: [String: Outcome] = [:]
    /// Images normalised before the book is written (on all cores, by the converter).
    private let prepared: PreparedImages

    init(options: ConversionOptions, prepared: PreparedImages = PreparedImages(),
         fetched: FetchedResources = FetchedResources()) {
        sandbox = ResourceSandbox(resourcePaths: options.resourcePaths)
        maxBytes = options.limits.maxImageBytes
        imageOptions = options.images
        self.prepared = prepared
        self.fetched = fetched
    }

    /// The bytes of `source`, when it is a file, `data:` URL or fetched image that may be read
    /// and is not too large; `nil` otherwise (``resolve(_:from:)`` then says why).
    func readableBytes(_ source: String, from sourcePath: String?) -> Data? {
        guard case let .bytes(data) = load(source, from: sourcePath), data.count <= maxBytes else { return nil }
        return data
    }

    /// Resolves `source` as written in the document read from `sourcePath`.
    mutating func resolve(_ source: String, from sourcePath: String?) -> Outcome {
        let key = (sourcePath ?? "") + "\u{0}" + source
        if let known = cache[key] { return known }
        let outcome: Outcome
        if let result = prepared.result(for: source, from: sourcePath) {
            outcome = Self.outcome(result, into: &store)
        } else {
            switch load(source, from: sourcePath) {
            case let .bytes(data): outcome = accept(data)
            case let .remote(url): outcome = .remote(url)
            case let .refused(reason): outcome = .refused(reason)
            }
        }
        cache[key] = outcome
        return outcome
    }

    /// Reads a file the user named explicitly (the `--cover` image): no sandbox, same checks otherwise.
    mutating func resolveTrusted(_ path: String) -> Outcome {
        guard let real = ResourceSandbox.realPath(path) else { return .refused("no such file") }
        switch read(real) {
        case let .bytes(data): return accept(data)
        case let .remote(url): return .remote(url)
        case let .refused(reason): return .refused(reason)
        }
    }

    /// Stores an image made for the book (the drawn cover), already normalised.
    mutating func add(_ image: NormalizedImage) -> EmbeddedImage {
        store.add(image.data, mediaType: image.mediaType)
    }

    private func load(_ source: String, from sourcePath: String?) -> Loaded {
        switch ImageReference(source) {
        case let .inline(data): .bytes(data)
        case let .remote(url): fetched.resource(for: url).map { .bytes($0.data) } ?? .remote(url)
        case let .unsupported(reason): .refused(reason)
        case .local where sourcePath.map(ImageReference.isWebURL) ?? false:
            .refused("a page from the web cannot refer to local files")
        case let .local(path): loadLocal(path, from: sourcePath)
        }
    }

    /// Where `source` is read from (a file's real path, a fetched URL, or the `data:` URL
    /// itself), when it is read at all: references with the same place give the same bytes.
    func place(of source: String, from sourcePath: String?) -> String? {
        switch ImageReference(source) {
        case .inline: return "data\u{0}" + source
        case let .remote(url): return fetched.resource(for: url) == nil ? nil : "url\u{0}" + FetchedResources.key(url)
        case .unsupported: return nil
        case .local where sourcePath.map(ImageReference.isWebURL) ?? false: return nil
        case let .local(path):
            guard case let .file(real) = locateLocal(path, from: sourcePath) else { return nil }
            return "file\u{0}" + real
        }
    }

    private enum Located {
        case file(String)
        case refused(String)
    }

    private func loadLocal(_ path: String, from sourcePath: String?) -> Loaded {
        switch locateLocal(path, from: sourcePath) {
        case let .file(real): read(real)
        case let .refused(reason): .refused(reason)
        }
    }

    /// The real path of the local image `path` inside the sandbox, or why there is none.
    private func locateLocal(_ path: String, from sourcePath: String?) -> Located {
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
            return .file(real)
        }
        return .refused(sawOutside ? "it lies outside the input's folder and the --resource-path folders" : "no such file")
    }

    private func read(_ realPath: String) -> Loaded {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: realPath),
              attributes[.type] as? FileAttributeType == .typeRegular else { return .refused("not a regular file") }
        if let size = attributes[.size] as? Int, size > maxBytes { return .refused(tooLarge(size)) }
        guard let data = FileManager.default.contents(atPath: realPath) else { return .refused("cannot read it") }
        return .bytes(data)
    }

    private mutating func accept(_ data: Data) -> Outcome {
        guard data.count <= maxBytes else { return .refused(tooLarge(data.count)) }
        return Self.outcome(ImageNormalizer.normalize(data, options: imageOptions), into: &store)
    }

    private static func outcome(_ result: Result<NormalizedImage, ImageProblem>, into store: inout ImageStore) -> Outcome {
        switch result {
        case let .success(image): .embedded(store.add(image.data, mediaType: image.mediaType))
        case let .failure(problem): .refused(problem.reason)
        }
    }

    private func tooLarge(_ size: Int) -> String {
        "it is \(size) bytes, over the image limit of \(maxBytes) (--max-image-bytes)"
    }
}

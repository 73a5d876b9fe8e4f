internal import CVips

/// libvips, started once per process: only the loaders Octavo needs are allowed, caching is off
/// (each image is read once) and each operation computes on the thread that asks for it, since
/// Octavo spreads whole images over the cores itself.
enum VipsRuntime {
    /// The loaders left enabled; every other one (PDF, FITS, OpenSlide, ImageMagick's many
    /// formats…) is blocked, so a file cannot reach a decoder nobody meant to use. ImageMagick
    /// stays for BMP only: ``SourceFormat`` hands it nothing but bytes that start as a BMP does.
    private static let allowedLoaders = [
        "VipsForeignLoadJpeg", "VipsForeignLoadPng", "VipsForeignLoadNsgif", "VipsForeignLoadWebp",
        "VipsForeignLoadTiff", "VipsForeignLoadHeif", "VipsForeignLoadSvg", "VipsForeignLoadMagick",
    ]

    /// `nil` once libvips is ready, else why it could not start.
    private static let startFailure: String? = {
        guard vips_init("octavo") == 0 else { return VipsCall.takeErrorMessage() ?? "vips_init failed" }
        octavo_vips_silence_warnings()
        vips_operation_block_set("VipsForeignLoad", 1)
        for loader in allowedLoaders { vips_operation_block_set(loader, 0) }
        vips_cache_set_max(0)
        vips_concurrency_set(1)
        return nil
    }()

    /// The libvips version in use (`8.14.1`).
    static var version: String { "\(vips_version(0)).\(vips_version(1)).\(vips_version(2))" }

    /// Starts libvips if it has not started yet.
    static func start() throws(VipsFailure) {
        if let startFailure { throw VipsFailure(message: "libvips could not start: " + startFailure) }
    }
}

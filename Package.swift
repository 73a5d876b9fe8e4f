// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Octavo",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Octavo", targets: ["Octavo"]),
        .library(name: "OctavoCore", targets: ["OctavoCore"]),
        .executable(name: "octavo", targets: ["octavo"]),
        .plugin(name: "OctavoPlugin", targets: ["OctavoPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    ],
    targets: [
        // The document model, the plug-in protocols and the registry. Pure Swift.
        .target(name: "OctavoCore"),

        // C libraries from Debian, each wrapped by exactly one format module.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CLibZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CVips", pkgConfig: "vips", providers: [.apt(["libvips-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),

        // Formats.
        .target(name: "OctavoHTML", dependencies: ["OctavoCore", "CLibXML2"]),
        // The Markdown writer hands what Markdown cannot say (complex tables) to the HTML writer.
        .target(name: "OctavoMarkdown", dependencies: [
            "OctavoCore", "OctavoHTML", "CCmarkGFM", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "OctavoTranscript", dependencies: ["OctavoCore"]),
        .target(name: "OctavoText", dependencies: ["OctavoCore"]),
        .target(name: "OctavoEPUB", dependencies: [
            "OctavoCore", "OctavoHTML", "OctavoImages", "CLibZip", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Making images fit for a book (libvips, wrapped in its Vips/ folder).
        .target(name: "OctavoImages", dependencies: ["OctavoCore", "CVips"]),

        // Getting bytes from the web (libcurl in Curl/), for URL inputs and the images of pages.
        .target(name: "OctavoFetch", dependencies: [
            "OctavoCore", "CCurl", .product(name: "Crypto", package: "swift-crypto"),
        ]),

        // The umbrella: the standard registry, the converter and the batch engine.
        .target(name: "Octavo", dependencies: [
            "OctavoCore", "OctavoMarkdown", "OctavoHTML", "OctavoTranscript", "OctavoText", "OctavoEPUB", "OctavoFetch",
            .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "octavo", dependencies: [
            "Octavo", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .plugin(
            name: "OctavoPlugin",
            capability: .command(
                intent: .custom(verb: "octavo", description: "Convert documents with the octavo tool"),
                permissions: [.writeToPackageDirectory(reason: "Octavo writes the converted files")]
            ),
            dependencies: ["octavo"]
        ),

        // Tests.
        .target(name: "OctavoTestSupport", dependencies: ["Octavo", "OctavoImages"], path: "Tests/OctavoTestSupport"),
        .testTarget(name: "OctavoCoreTests", dependencies: ["OctavoCore", "OctavoTestSupport"]),
        .testTarget(name: "OctavoMarkdownTests", dependencies: ["OctavoMarkdown", "Octavo", "OctavoTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "OctavoHTMLTests", dependencies: ["OctavoHTML", "OctavoMarkdown", "OctavoTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "OctavoTranscriptTests", dependencies: ["OctavoTranscript", "OctavoTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "OctavoTextTests", dependencies: ["OctavoText", "OctavoMarkdown", "OctavoTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "OctavoImagesTests", dependencies: ["OctavoImages", "OctavoTestSupport"]),
        .testTarget(name: "OctavoEPUBTests", dependencies: ["OctavoEPUB", "OctavoImages", "OctavoTestSupport"]),
        .testTarget(name: "OctavoFetchTests", dependencies: ["Octavo", "OctavoTestSupport"],
                    exclude: ["Support"]),
        .testTarget(name: "OctavoTests", dependencies: ["Octavo", "OctavoTestSupport"]),
        .testTarget(name: "OctavoCLITests", dependencies: ["octavo", "OctavoImages", "OctavoTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

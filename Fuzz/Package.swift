// swift-tools-version: 6.0
// libFuzzer targets for Octavo's readers, in a package of their own so that the root package's
// `swift build` and `swift test` never see them. Build and run them with `make fuzz` (see
// docs/security.md); by hand:
//
//   swift build --package-path Fuzz --scratch-path .build-fuzz -c debug \
//       -Xswiftc -sanitize=fuzzer,address --product FuzzMarkdown
//   .build-fuzz/debug/FuzzMarkdown -max_total_time=60 CORPUS_DIR
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name: the clone's, whatever it is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let octavo = Target.Dependency.product(name: "Octavo", package: root.lastPathComponent)

/// One fuzz executable: its `main.swift` hands libFuzzer's driver the reader's entry point.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: ["OctavoFuzzing", octavo])
}

let package = Package(
    name: "OctavoFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "OctavoFuzzing", dependencies: [octavo]),
        fuzzTarget("FuzzHTML"),
        fuzzTarget("FuzzMarkdown"),
        fuzzTarget("FuzzTranscript"),
        fuzzTarget("FuzzModelJSON"),
    ],
    swiftLanguageModes: [.v6]
)

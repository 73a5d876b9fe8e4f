// swift-tools-version: 6.0
// A format plug-in as a Swift package: the executable product `octavo-reader-csv` is a reader
// for CSV files that any `octavo` finds by its name (docs/extending.md). It depends on Octavo's
// `OctavoCore` library (the model and its JSON form), here by path; elsewhere by URL and version.
import PackageDescription

let package = Package(
    name: "OctavoCSV",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "octavo-reader-csv", targets: ["octavo-reader-csv"]),
    ],
    dependencies: [
        .package(name: "Octavo", path: "../../.."),
    ],
    targets: [
        .executableTarget(name: "octavo-reader-csv", dependencies: [.product(name: "OctavoCore", package: "Octavo")]),
    ],
    swiftLanguageModes: [.v6]
)

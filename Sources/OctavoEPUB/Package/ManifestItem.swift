/// One file of the package, as the manifest lists it.
struct ManifestItem: Hashable, Sendable {
    var id: String
    var href: String
    var mediaType: String
    var properties: String?
}

/// What the package says about accessibility, from what the chapters contain.
struct AccessibilityFacts: Hashable, Sendable {
    var imageCount: Int
    var imagesWithoutAlt: Int
    var hasCover: Bool

    var allImagesDescribed: Bool { imagesWithoutAlt == 0 }
}

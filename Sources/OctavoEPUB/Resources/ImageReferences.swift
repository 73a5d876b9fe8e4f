import Foundation
import OctavoCore
import OctavoHTML

/// The image references in blocks: markup images and the `<img>` sources of raw HTML.
enum ImageReferences {
    static func all(in blocks: [Block]) -> [String] {
        var references: [String] = []
        func rawImages(_ format: String, _ text: String) {
            guard format.lowercased() == "html", text.range(of: "<img", options: .caseInsensitive) != nil else { return }
            references.append(contentsOf: HTMLWriter.rawImageSources(in: text))
        }
        blocks.visit(block: { block in
            if case let .raw(format, text) = block { rawImages(format, text) }
        }, inline: { inline in
            if case let .image(image) = inline { references.append(image.source) }
            if case let .raw(format, text) = inline { rawImages(format, text) }
        })
        return references
    }
}

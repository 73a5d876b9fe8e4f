import Foundation
import OctavoCore
import OctavoImages

/// A book's images written into it as `data:` URLs, converted, scaled and stripped as for an
/// EPUB, so that a standalone HTML page is one self-contained file (`--embed-images`).
///
/// Images are read under the same rules as for a book (the input's folder and `--resource-path`
/// only, the byte limit); one that cannot be used is replaced by its alt text, with a warning.
/// Remote images stay links to the web unless the converter fetched them; SVG images keep their reference (an HTML page's
/// sanitizer accepts no SVG `data:` URL).
public enum DataURLImages {
    public static func embedding(_ book: Book, context: ConversionContext) -> Book {
        var resolver = ImageResolver(options: context.options, fetched: context.fetchedResources)
        var copy = book
        copy.documents = book.documents.map { document in
            document.rewritten(inlines: { inline in
                guard case var .image(image) = inline else { return [inline] }
                switch resolver.resolve(image.source, from: document.sourcePath) {
                case let .embedded(embedded):
                    if embedded.mediaType != .svg {
                        image.source = "data:\(embedded.mediaType.rawValue);base64,\(embedded.data.base64EncodedString())"
                    }
                    return [.image(image)]
                case .remote:
                    return [inline]
                case let .refused(reason):
                    context.report(.warning, "image \(image.source.prefix(120)) not embedded: \(reason)",
                                   file: document.sourcePath, source: "html.images")
                    let alt = Inline.plainText(of: image.alt).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    return alt.isEmpty ? [] : [.span(Attributes(classes: ["image-placeholder"]), [.text("[" + alt + "]")])]
                }
            })
        }
        return copy
    }
}

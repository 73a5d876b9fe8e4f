import Foundation
import OctavoCore
@testable import OctavoHTML
import OctavoTestSupport

/// Reads HTML with chosen options and returns the document and the diagnostics.
enum ReaderHarness {
    static let fixtures = Repository.fixtures("OctavoHTMLTests")

    static func read(_ html: String, extraction: ConversionOptions.Extraction = .auto, baseURL: String? = nil,
                     maxDepth: Int? = nil, path: String? = "page.html") throws -> (Document, [Diagnostic]) {
        try read(Data(html.utf8), extraction: extraction, baseURL: baseURL, maxDepth: maxDepth, path: path)
    }

    static func read(_ data: Data, extraction: ConversionOptions.Extraction = .auto, baseURL: String? = nil,
                     maxDepth: Int? = nil, path: String? = "page.html") throws -> (Document, [Diagnostic]) {
        var options = ConversionOptions()
        options.extraction = extraction
        options.baseURL = baseURL
        if let maxDepth { options.limits.maxDepth = maxDepth }
        let context = ConversionContext(options: options, environment: [:])
        let document = try HTMLReader().read(InputSource(data: data, path: path), context: context)
        return (document, context.diagnostics)
    }

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: fixtures.appendingPathComponent(name))
    }

    /// The document's visible text, for quick assertions.
    static func text(_ document: Document) -> String {
        Whitespace.collapse(ModelText.text(of: document.blocks))
    }
}

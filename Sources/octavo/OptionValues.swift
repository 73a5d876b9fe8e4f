import ArgumentParser
import Octavo

// The library's enumerated settings as command-line values, so `--help` and shell completion list
// their words and a wrong word is a usage error (exit 2) that names them. Parsing goes through the
// types' own initialisers (`init(rawValue:)`, `Wrap.init(_:)`), the same ones the batch
// manifest's parser uses, so `--wrap none` and `wrap: none` mean one thing.

extension ConversionOptions.Extraction: ExpressibleByArgument {
    public static var allValueDescriptions: [String: String] {
        ["auto": "extract when the page has navigation, sidebars or other chrome",
         "on": "always reduce the page to its main content",
         "off": "keep the whole body"]
    }
}

extension ConversionOptions.RawHTMLPolicy: ExpressibleByArgument {
    public static var allValueDescriptions: [String: String] {
        ["keep": "copy it as it is",
         "sanitize": "keep only an allow-list of safe elements and attributes",
         "drop": "leave it out"]
    }
}

extension Wrap: ExpressibleByArgument {
    public static var defaultCompletionKind: CompletionKind { .list(["none", "72", "80"]) }
}

import Foundation
import OctavoCore
import OctavoHTML

/// Raw markup on its way into Markdown, as `--raw-html` says: kept as written, sanitized (the
/// HTML writer's allow-list) or dropped. Raw markup in other formats is dropped, except Markdown.
enum RawHTMLFilter {
    static func isHTML(_ format: String) -> Bool {
        let name = format.lowercased()
        return name == "html" || name == "html5" || name == "xhtml"
    }

    private static func isMarkdown(_ format: String) -> Bool {
        ["markdown", "md", "gfm", "commonmark"].contains(format.lowercased())
    }

    /// A raw inline as written, or nil when it is dropped. Under `sanitize`, runs holding raw
    /// HTML were already replaced by ``sanitizeRun(_:context:)``.
    static func inline(format: String, text: String, policy: ConversionOptions.RawHTMLPolicy) -> String? {
        if isMarkdown(format) { return text }
        guard isHTML(format), policy != .drop else { return nil }
        return text
    }

    /// A raw block's lines. HTML ends where Markdown would end it: at the block's last line.
    static func block(format: String, text: String, policy: ConversionOptions.RawHTMLPolicy,
                      context: ConversionContext) -> [String] {
        var kept: String
        if isMarkdown(format) {
            kept = text
        } else if isHTML(format) {
            switch policy {
            case .keep: kept = text
            case .sanitize: kept = HTMLWriter.sanitizedRawHTML(text, inline: false, context: context)
            case .drop: return []
            }
        } else {
            return []
        }
        while kept.hasSuffix("\n") { kept.removeLast() }
        guard !kept.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return [] }
        let lines = kept.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // What the sanitizer wrote must stay one HTML block: a blank line would end it there.
        return policy == .sanitize && isHTML(format) ? lines.filter { !$0.trimmingSpaces().isEmpty } : lines
    }

    /// The first placeholder scalar: private-use characters standing for the run's other
    /// inlines while its HTML is sanitized as one fragment.
    private static let placeholderBase: UInt32 = 0xF0000
    private static let placeholderCount = 0xFFFD

    /// A run of inlines whose raw HTML pieces (one tag each, as Markdown splits them) are
    /// sanitized together, so that what a tag opens and closes is seen whole. The other inlines
    /// stand in the fragment as placeholders and come back in their places; an inline inside a
    /// removed element (a `<script>`) goes with it.
    static func sanitizeRun(_ inlines: [Inline], context: ConversionContext) -> [Inline] {
        var fragment = ""
        let usable = inlines.count < placeholderCount && !inlines.contains {
            if case let .raw(_, text) = $0 { return text.unicodeScalars.contains { $0.value >= placeholderBase } }
            return false
        }
        guard usable else {
            return inlines.filter { if case let .raw(format, _) = $0 { !isHTML(format) } else { true } }
        }
        for (index, inline) in inlines.enumerated() {
            if case let .raw(format, text) = inline, isHTML(format) {
                fragment += text
            } else {
                fragment.unicodeScalars.append(Unicode.Scalar(placeholderBase + UInt32(index))!)
            }
        }
        let clean = HTMLWriter.sanitizedRawHTML(fragment, inline: true, context: context)
        var out: [Inline] = []
        var html = String.UnicodeScalarView()
        for scalar in clean.unicodeScalars {
            if scalar.value >= placeholderBase, scalar.value < placeholderBase + UInt32(inlines.count) {
                if !html.isEmpty { out.append(.raw(format: "html", text: String(html))) }
                html = String.UnicodeScalarView()
                out.append(inlines[Int(scalar.value - placeholderBase)])
            } else {
                html.append(scalar)
            }
        }
        if !html.isEmpty { out.append(.raw(format: "html", text: String(html))) }
        return out
    }
}

/// Rule `boilerplate`: what a pasted web page leaves behind once its links and embeds are gone.
///
/// - Link remnants: a short paragraph that points somewhere (`Read complete article here.`,
///   `Transcript of Sherman’s comments here.`, `Click here`, `Continue reading`, `Share this:`).
/// - Embed notes: a short `Note:` about a video or audio (`Note: press briefing starts at around
///   the 15 minute mark`).
/// - Image captions and credits: a block holding a credit line (`by Ssolbergj + own work …`,
///   `Photo: …`, `(CC BY-SA 4.0)`, `Getty Images`), with the caption line that goes with it.
///
/// Removed paragraphs are reported with their line; `--keep-boilerplate` keeps them.
enum LinkRemnants {
    static let rule = "boilerplate"

    static let exactRemnants: Set<String> = [
        "read more", "continue reading", "share this:", "share this", "like this:", "related", "advertisement",
        "subscribe", "click here", "read the full article", "read the full story", "watch the video",
        "listen to the podcast", "share on facebook", "share on twitter", "print", "email", "tweet",
    ]

    /// Why `para` is boilerplate, or `nil`.
    static func reason(_ para: Para) -> String? {
        let text = para.text
        guard text.utf8.count <= 300 || para.kind == .lineBlock else { return nil } // every pattern below is short
        let lower = text.lowercased()
        let words = text.split(separator: " ").count
        if para.lines.contains(where: isCredit) || (para.kind == .text && isCredit(text)) { return "image caption or credit" }
        if exactRemnants.contains(lower) { return "link remnant" }
        if words <= 14, lower.hasSuffix(" here.") || lower.hasSuffix(" here") || lower.hasSuffix(" here:") || lower.hasPrefix("click here") {
            return "link remnant"
        }
        if words <= 25, lower.hasPrefix("note:") || lower.hasPrefix("editor’s note:") || lower.hasPrefix("editor's note:") {
            let embedWords = ["video", "audio", "minute", "mark", "starts at", "embedded", "clip", "podcast", "watch", "listen", "below", "above"]
            if embedWords.contains(where: { lower.contains($0) }) { return "embed note" }
        }
        return nil
    }

    /// A photo credit: `by X + own work`, `Photo: …`, `Image: …`, `(CC BY …)`, `Getty Images`, `Wikimedia`.
    static func isCredit(_ line: String) -> Bool {
        guard line.utf8.count <= 300 else { return false }
        let lower = line.lowercased()
        if lower.hasPrefix("photo:") || lower.hasPrefix("image:") || lower.hasPrefix("credit:") || lower.hasPrefix("photo by ")
            || lower.hasPrefix("image credit") || lower.hasPrefix("photo credit") || lower.hasPrefix("source: wikimedia") {
            return true
        }
        let markers = ["own work", "cc by", "cc-by", "creative commons", "wikimedia", "getty images", "/ reuters", "/ afp", "shutterstock", "public domain via"]
        let hasMarker = markers.contains(where: { lower.contains($0) })
        return hasMarker && (line.hasPrefix("by ") || line.hasPrefix("By ") || line.utf8.count < 160)
    }
}

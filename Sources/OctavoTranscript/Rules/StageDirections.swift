import OctavoCore

/// Rule `stage-directions`: `(Laughter.)`, `[inaudible]`, `[Applause]`, `(Whereupon, …)`,
/// `[unintelligible 00:03:10.02]` become emphasised spans with the class `stage-direction`.
///
/// A bracketed or parenthesised run counts when its first word is a known direction, or when it
/// is the whole paragraph. Bracketed edits inside words (`[M]aybe`, `[l]egitimation`), links
/// (`[text](url)`) and footnote references (`[1]`) are left alone. A time code inside a direction
/// moves to its `timestamp` attribute unless `--keep-timestamps` is given.
enum StageDirections {
    static let rule = "stage-directions"

    static let vocabulary: Set<String> = [
        "laughter", "laughs", "laughing", "applause", "inaudible", "unintelligible", "indiscernible", "crosstalk",
        "cross-talk", "overlapping", "music", "silence", "pause", "pauses", "noise", "background", "redacted",
        "intro", "outro", "break", "coughs", "coughing", "sighs", "whereupon", "recess", "off-mic", "off",
        "technical", "static", "foreign", "cheering", "cheers", "booing", "chuckles", "chuckling", "groans",
        "gavel", "bell", "beep", "phone", "interruption", "interposing", "inaudible.", "video", "audio", "sound",
        "end", "beginning", "speaking", "brief", "no", "simultaneous", "clears", "door", "indistinct", "mumbling",
        "laughter.", "applause.", "pause.", "recess.", "transcript", "sic",
    ]

    /// A direction found in a paragraph: its byte range and text.
    struct Found {
        var range: Range<String.Index>
        var text: String
        var timestamp: String?
    }

    /// The directions in `text`, in order. `whole` means the paragraph is nothing else.
    static func find(in text: String, keepTimestamps: Bool) -> [Found] {
        var found: [Found] = []
        let u = text.utf8
        guard ByteScan.contains(text, 0x28, or: 0x5B) else { return [] }
        var i = u.startIndex
        while i != u.endIndex {
            let b = u[i]
            guard b == 0x28 || b == 0x5B else { i = u.index(after: i); continue }
            let closer: UInt8 = b == 0x28 ? 0x29 : 0x5D
            var j = u.index(after: i)
            var n = 0
            while j != u.endIndex, u[j] != closer, u[j] != b, n < 400 { j = u.index(after: j); n += 1 }
            guard j != u.endIndex, u[j] == closer else { i = u.index(after: i); continue }
            let end = u.index(after: j)
            let inner = text[u.index(after: i)..<j]
            let whole = i == u.startIndex && end == u.endIndex
            if qualifies(inner, bracket: b == 0x5B, whole: whole, before: i == u.startIndex ? nil : u[u.index(before: i)],
                         after: end == u.endIndex ? nil : u[end]) {
                var shown = String(text[i..<end])
                var time: String?
                if let r = Timestamps.firstTimeCode(in: inner) {
                    time = String(inner[r])
                    if !keepTimestamps {
                        var innerText = String(inner[..<r.lowerBound]) + String(inner[r.upperBound...])
                        innerText = innerText.trimming(" ")
                        shown = b == 0x28 ? "(\(innerText))" : "[\(innerText)]"
                    }
                }
                found.append(Found(range: i..<end, text: shown, timestamp: time))
            }
            i = end
        }
        return found
    }

    private static func qualifies(_ inner: Substring, bracket: Bool, whole: Bool, before: UInt8?, after: UInt8?) -> Bool {
        guard let first = inner.first, first.isLetter else { return false }
        if let after, HardWrapJoining.isLetter(after) { return false } // [M]aybe
        if bracket, after == 0x28 { return false } // [text](url)
        if let before, HardWrapJoining.isLetter(before) { return false }
        let firstWord = inner.prefix(while: { $0.isLetter || $0 == "-" || $0 == "." }).lowercased()
        if vocabulary.contains(firstWord) { return true }
        return whole && first.isUppercase && inner.utf8.count <= 400
    }

    /// The model form: an emphasised span with the class and, when known, the time.
    static func inline(_ found: Found) -> Inline {
        var attributes = Attributes(classes: [Conventions.Class.stageDirection])
        if let t = found.timestamp { attributes.pairs[Conventions.Key.timestamp] = t }
        return .span(attributes, [.emphasis([.text(found.text)])])
    }
}

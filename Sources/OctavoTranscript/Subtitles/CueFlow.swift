import OctavoCore

/// Rule `cue-flow`: cues become flowing paragraphs. Rolling auto-captions that repeat the
/// previous cue's line are de-duplicated; a speaker change starts a turn; a silence of two
/// seconds or more, or a sentence end after six cues or more, starts a paragraph. Each
/// paragraph keeps the start time of its first cue as its `timestamp`.
enum CueFlow {
    static let rule = "cue-flow"

    static func paragraphs(_ cues: [Cue], log: RuleLog) -> [Para] {
        var paras: [Para] = []
        var current: [String] = []
        var currentStart: Cue?
        var cuesInParagraph = 0
        var lastEnd = 0.0
        var lastLine: String?
        var speaker: String?
        var speakerChanged = false
        var duplicates = 0
        let keep = log.context.options.keepTimestamps

        func close() {
            guard let start = currentStart, !current.isEmpty else { current = []; currentStart = nil; return }
            var text = current.joined(separator: " ")
            if keep { text = "[\(start.startText)] " + text }
            var para = Para(text: text, line: start.line)
            para.timestamp = start.startText
            if speakerChanged, let speaker { para.speaker = speaker }
            speakerChanged = false
            paras.append(para)
            current = []
            currentStart = nil
            cuesInParagraph = 0
        }

        for cue in cues {
            if let s = cue.speaker, s != speaker {
                close()
                speaker = s
                speakerChanged = true
            }
            if currentStart != nil, cue.start - lastEnd >= 2.0 { close() }
            var newLines: [String] = []
            for line in cue.lines {
                if line == lastLine || current.last == line { duplicates += 1; continue }
                // `>> NAME: text` or `NAME: text` in broadcast captions: a new speaker.
                if let match = SpeakerLabels.match(Substring(line)), match.speaker != "A" {
                    if !newLines.isEmpty {
                        if currentStart == nil { currentStart = cue }
                        current.append(contentsOf: newLines)
                        newLines = []
                    }
                    close()
                    speaker = match.speaker
                    speakerChanged = true
                    if currentStart == nil { currentStart = cue }
                    if !match.rest.isEmpty { newLines.append(String(match.rest)) }
                    continue
                }
                if line.hasPrefix(">>") {
                    // a speaker change without a name
                    if !newLines.isEmpty {
                        if currentStart == nil { currentStart = cue }
                        current.append(contentsOf: newLines)
                        newLines = []
                    }
                    close()
                    if currentStart == nil { currentStart = cue }
                    let rest = line.dropFirst(2).drop(while: { $0 == " " })
                    if !rest.isEmpty { newLines.append(String(rest)) }
                    continue
                }
                newLines.append(line)
            }
            if currentStart == nil, !newLines.isEmpty { currentStart = cue }
            current.append(contentsOf: newLines)
            if let l = cue.lines.last { lastLine = l }
            cuesInParagraph += 1
            lastEnd = cue.end
            if cuesInParagraph >= 6, let last = current.last?.last, ".?!".contains(last) { close() }
        }
        close()
        if duplicates > 0 { log.report(rule, "dropped \(duplicates) repeated rolling-caption lines", line: cues.first?.line) }
        return paras
    }
}

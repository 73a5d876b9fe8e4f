import OctavoCore

/// Rule `cue-flow`: cues become flowing paragraphs of about 40–150 words.
///
/// - A voice change (`<v Name>`), a speaker label or `>>` starts a new paragraph (a turn when named).
/// - A pause of two seconds or more starts one when the text before it ends a sentence (or
///   ``SentenceEnds`` infers one); a pause inside a sentence does not.
/// - A sentence end after six cues, or any sentence end after 150 words, starts one.
/// - Rolling captions, whose cue repeats the previous cue's last line as its first, lose the
///   repeat; each dropped line is reported with its line number.
///
/// Each paragraph keeps the start time of its first cue as its `timestamp`.
enum CueFlow {
    static let rule = "cue-flow"

    static func paragraphs(_ cues: [Cue], log: RuleLog) -> [Para] {
        var flow = Flow(keepTimestamps: log.context.options.keepTimestamps)
        var previousLast: String?
        for cue in cues {
            if let s = cue.speaker, s != flow.speaker {
                flow.close()
                flow.speaker = s
                flow.speakerChanged = true
            }
            if let first = cue.lines.first, flow.currentStart != nil, cue.start - flow.lastEnd >= 2.0 {
                flow.pause(before: first, log: log, line: cue.line + 1)
            }
            for (offset, line) in cue.lines.enumerated() {
                if offset == 0, line == previousLast {
                    log.report(rule, "removed rolling-caption repeat \(RuleLog.excerpt(line))", line: cue.line + 1)
                    continue
                }
                // `>> NAME: text` or `NAME: text` in broadcast captions: a new speaker.
                if let match = SpeakerLabels.match(Substring(line)), match.speaker != "A" {
                    flow.close()
                    flow.speaker = match.speaker
                    flow.speakerChanged = true
                    flow.append(String(match.rest), cue: cue)
                    continue
                }
                if line.hasPrefix(">>") { // a speaker change without a name
                    flow.close()
                    flow.append(String(line.dropFirst(2).drop(while: { $0 == " " })), cue: cue)
                    continue
                }
                flow.append(line, cue: cue)
            }
            if let l = cue.lines.last { previousLast = l }
            flow.cuesInParagraph += 1
            flow.lastEnd = cue.end
            if let last = flow.current.last, SentenceEnds.endsSentence(last), last.last != ",",
               flow.cuesInParagraph >= 6 || flow.words >= 150 { flow.close() }
        }
        flow.close()
        flow.report(log, line: cues.first?.line)
        return flow.paras
    }

    /// The paragraph being built and those done.
    private struct Flow {
        let keepTimestamps: Bool
        var paras: [Para] = []
        var current: [String] = []
        var currentStart: Cue?
        var cuesInParagraph = 0
        var words = 0
        var lastEnd = 0.0
        var speaker: String?
        var speakerChanged = false
        var inferred = 0
        var inferredFirst: Int?

        mutating func append(_ text: String, cue: Cue) {
            guard !text.isEmpty else { return }
            if currentStart == nil { currentStart = cue }
            current.append(text)
            words += 1 + text.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
        }

        /// A pause of two seconds or more before a cue opening with `next`.
        mutating func pause(before next: String, log: RuleLog, line: Int) {
            guard let last = current.last else { return }
            if SentenceEnds.endsSentence(last) { if last.last != "," { close() }; return }
            if SentenceEnds.continues(next), words < 150 { return }
            if SentenceEnds.inferredEnd(after: last, before: next) {
                current[current.count - 1] = last + "."
                inferred += 1
                inferredFirst = inferredFirst ?? line
                close()
            } else if words >= 150 {
                close()
            }
        }

        mutating func close() {
            defer { current = []; currentStart = nil; cuesInParagraph = 0; words = 0 }
            guard let start = currentStart, !current.isEmpty else { return }
            var text = current.joined(separator: " ")
            if keepTimestamps { text = "[\(start.startText)] " + text }
            var para = Para(text: text, line: start.line)
            para.timestamp = start.startText
            if speakerChanged, let speaker { para.speaker = speaker }
            speakerChanged = false
            paras.append(para)
        }

        func report(_ log: RuleLog, line: Int?) {
            if inferred > 0, let first = inferredFirst {
                log.report(SentenceEnds.rule, "inferred \(inferred) sentence end(s) at caption pauses, first before line \(first)", line: first)
            }
        }
    }
}

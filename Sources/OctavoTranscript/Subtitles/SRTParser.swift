/// Rule `srt`: SubRip files: a cue number, a timing line (`00:02:17,250 --> 00:02:20,500`),
/// text lines, a blank line. Numbers and timings leave the text; markup (`<i>`, `{\an8}`) goes.
enum SRTParser {
    static let rule = "srt"

    /// Whether the text starts like an SRT file (a number line followed by a timing line).
    static func looksLikeSRT(_ lines: [SourceLine]) -> Bool {
        let content = lines.lazy.filter { !$0.isBlank }.prefix(2).map { $0.content }
        let first = Array(content)
        guard first.count == 2 else { return false }
        return first[0].allSatisfy(\.isASCIIDigit) && CueTiming.parse(first[1]) != nil
    }

    static func parse(_ lines: [SourceLine], log: RuleLog) -> [Cue] {
        var cues: [Cue] = []
        var index = 0
        var removedNumbers = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank { index += 1; continue }
            var timingIndex = index
            if line.content.allSatisfy(\.isASCIIDigit), index + 1 < lines.count, CueTiming.parse(lines[index + 1].content) != nil {
                removedNumbers += 1
                timingIndex = index + 1
            }
            guard let timing = CueTiming.parse(lines[timingIndex].content) else {
                // Text outside a cue: keep it as a cue of its own so nothing is lost.
                cues.append(Cue(start: cues.last?.end ?? 0, end: cues.last?.end ?? 0, startText: cues.last?.startText ?? "00:00:00.000",
                                lines: [String(line.content)], line: line.number))
                index += 1
                continue
            }
            var cue = Cue(start: timing.start, end: timing.end, startText: timing.startText, lines: [], line: lines[timingIndex].number)
            index = timingIndex + 1
            while index < lines.count, !lines[index].isBlank {
                let (text, voice) = CueTiming.stripMarkup(String(lines[index].content))
                if let voice { cue.speaker = voice }
                if !text.isEmpty { cue.lines.append(text) }
                index += 1
            }
            cues.append(cue)
        }
        log.report(rule, "read \(cues.count) cues; removed \(removedNumbers) cue numbers and \(cues.count) timing lines", line: 1)
        return cues
    }
}

/// Rule `webvtt`: WebVTT files: the `WEBVTT` header (and header fields such as `Kind:` or
/// `Language:`), `NOTE`, `STYLE` and `REGION` blocks, optional cue identifiers, timing lines with
/// settings (`align:start position:0%`), `<v Name>` voices and other cue markup.
enum WebVTTParser {
    static let rule = "webvtt"

    static func looksLikeWebVTT(_ lines: [SourceLine]) -> Bool {
        guard let first = lines.first(where: { !$0.isBlank }) else { return false }
        return first.content.hasPrefix("WEBVTT")
    }

    static func parse(_ lines: [SourceLine], log: RuleLog) -> [Cue] {
        var cues: [Cue] = []
        var index = 0
        var skippedBlocks = 0
        var identifierLines: [Int] = []
        // Header: up to the first blank line.
        while index < lines.count, !lines[index].isBlank { index += 1 }
        if index > 0 { log.report(rule, "removed the header (lines \(lines[0].number)–\(lines[index - 1].number))", line: lines[0].number) }
        while index < lines.count {
            if lines[index].isBlank { index += 1; continue }
            let blockStart = index
            var blockEnd = index
            while blockEnd < lines.count, !lines[blockEnd].isBlank { blockEnd += 1 }
            let first = lines[blockStart].content
            if first.hasPrefix("NOTE") || first.hasPrefix("STYLE") || first.hasPrefix("REGION") {
                skippedBlocks += 1
                log.report(rule, "removed \(first.prefix(while: { $0 != " " })) block", line: lines[blockStart].number)
                index = blockEnd
                continue
            }
            var timingIndex = blockStart
            if CueTiming.parse(first) == nil, blockStart + 1 < blockEnd, CueTiming.parse(lines[blockStart + 1].content) != nil {
                timingIndex = blockStart + 1
                identifierLines.append(lines[blockStart].number)
            }
            guard let timing = CueTiming.parse(lines[timingIndex].content) else {
                cues.append(Cue(start: cues.last?.end ?? 0, end: cues.last?.end ?? 0, startText: cues.last?.startText ?? "00:00:00.000",
                                lines: lines[blockStart..<blockEnd].map { String($0.content) }, line: lines[blockStart].number))
                index = blockEnd
                continue
            }
            var cue = Cue(start: timing.start, end: timing.end, startText: timing.startText, lines: [], line: lines[timingIndex].number)
            for k in (timingIndex + 1)..<max(timingIndex + 1, blockEnd) {
                let (text, voice) = CueTiming.stripMarkup(String(lines[k].content))
                if let voice { cue.speaker = voice }
                let trimmed = text.trimming(" ")
                if !trimmed.isEmpty { cue.lines.append(trimmed) }
            }
            cues.append(cue)
            index = blockEnd
        }
        log.report(rule, "read \(cues.count) cues; removed \(cues.count) timing lines", line: 1)
        if let first = identifierLines.first {
            let list = identifierLines.map(String.init).joined(separator: ", ")
            log.report(rule, "removed \(identifierLines.count) cue identifier(s) (lines \(list))", line: first)
        }
        return cues
    }
}

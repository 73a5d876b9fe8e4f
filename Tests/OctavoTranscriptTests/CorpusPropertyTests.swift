import Foundation
import OctavoCore
import Testing
@testable import OctavoTranscript

/// The properties every corpus transcript must have after reading (issues 5 and 22).
@Suite struct CorpusPropertyTests {
    /// Transcripts written for this test in the layouts of the corpus (court reporters, slip
    /// opinions, live captions) but not copied from it: a held-out check of the same properties.
    static var heldOut: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/held-out") }

    /// Every corpus and held-out file, plus those in `OCTAVO_EXTRA_TRANSCRIPTS` (a folder) when set.
    static var files: [URL] {
        var folders = [Transcript.corpus, heldOut]
        if let extra = ProcessInfo.processInfo.environment["OCTAVO_EXTRA_TRANSCRIPTS"] { folders.append(URL(fileURLWithPath: extra)) }
        return folders.flatMap { (try? FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil)) ?? [] }
            .filter { !["README.md", "MANIFEST.tsv"].contains($0.lastPathComponent) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }


    @Test(arguments: files)
    func properties(of file: URL) throws {
        let data = try Data(contentsOf: file)
        let (document, diagnostics) = try Transcript.read(data, path: file.path)
        let output = Transcript.plainText(document)
        let outputLines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let isSubtitle = ["srt", "vtt"].contains(file.pathExtension)

        // 1. No subtitle timing line, cue number or WEBVTT header survives.
        #expect(!outputLines.contains { $0.contains("-->") })
        #expect(!outputLines.contains { $0.hasPrefix("WEBVTT") })
        if isSubtitle { #expect(!outputLines.contains { !$0.isEmpty && $0.allSatisfy(\.isNumber) }) }

        // 2. No paragraph is a fragment of a hard-wrapped line: an unfinished paragraph is never
        //    followed by one that starts in lower case (none in prose; at most 2% in captions,
        //    which are cut by pauses).
        let fragments = PropertyChecks.fragmentPairs(in: document)
        let paragraphs = outputLines.filter { !$0.isEmpty }
        if isSubtitle {
            #expect(Double(fragments.count) <= max(1, 0.02 * Double(paragraphs.count)), "fragments: \(fragments.prefix(3))")
        } else {
            #expect(fragments.isEmpty, "fragments: \(fragments.prefix(3))")
        }

        // 2b. Subtitles: no time code left, and cues flow into paragraphs: fewer paragraphs than
        //     cues (at most 60%, or 15 words or more on average), none over 150 words.
        if isSubtitle {
            let cues = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).filter { $0.contains("-->") }.count
            let sizes = paragraphs.map { $0.split(separator: " ").count }
            let mean = Double(sizes.reduce(0, +)) / Double(max(1, sizes.count))
            #expect(!output.contains(#/\d{1,2}:\d{2}:\d{2}[.,]\d{3}/#), "a cue time code is left")
            #expect(Double(paragraphs.count) <= 0.6 * Double(cues) || mean >= 15, "\(paragraphs.count) paragraphs for \(cues) cues")
            #expect((sizes.max() ?? 0) <= 150, "a paragraph of \(sizes.max() ?? 0) words")
        }

        // 2c. No furniture: no paragraph is a bare page number; at most 2% open with a margin line number.
        //     (A centred part number, `1`, is a heading, not a paragraph.)
        #expect(!PropertyChecks.paragraphTexts(in: document).contains { !$0.isEmpty && $0.count <= 5 && $0.allSatisfy(\.isNumber) },
                "a bare page number is left")
        let numbered = paragraphs.filter { $0.firstMatch(of: #/^\d{1,2} {2,}\S/#) != nil }.count
        #expect(Double(numbered) <= 0.02 * Double(max(1, paragraphs.count)), "\(numbered) paragraphs open with a line number")

        // 3. Every speaker label of the input is a turn with the right speaker, in order.
        let labels = PropertyChecks.speakerLabels(in: String(decoding: data, as: UTF8.self))
        let turns = PropertyChecks.turnSpeakers(in: document)
        let missing = PropertyChecks.missingInOrder(labels, within: turns)
        #expect(missing.isEmpty, "labels not found as turns: \(missing.prefix(5))")

        // 3b. At least 90% of the labelled lines are turns (3 checks each label, in order).
        if labels.count >= 3 { #expect(Double(turns.count) >= 0.9 * Double(labels.count), "\(turns.count) turns for \(labels.count) labels") }

        // 4a. At least 98% of the input's distinct words are kept (words hyphenated at a line end joined).
        //     Furniture the reader removed and reported line by line (running heads) is not text.
        let recall = PropertyChecks.distinctWordRecall(input: String(decoding: data, as: UTF8.self), output: output, isSubtitle: isSubtitle,
                                                       removedLines: PropertyChecks.removedLines(diagnostics))
        #expect(recall.ratio >= 0.98, "distinct words kept: \(recall.ratio) (lost: \(recall.missing.prefix(20)))")

        // 4. At least 99% of the input's words (less what was removed and reported) appear in order.
        let coverage = PropertyChecks.wordCoverage(input: String(decoding: data, as: UTF8.self), output: output,
                                                   removedLines: PropertyChecks.removedLines(diagnostics))
        #expect(coverage.ratio >= 0.99, "word coverage \(coverage.ratio) (\(coverage.missing.prefix(20)))")
        PropertyChecks.record(file.lastPathComponent, coverage: coverage.ratio, distinct: recall.ratio, labels: labels.count,
                              turns: turns.count, fragments: fragments.count, paragraphs: paragraphs.count)
    }
}

/// The checks behind ``CorpusPropertyTests``, each independent of the reader's own rules.
enum PropertyChecks {
    /// With `OCTAVO_PROPERTY_REPORT=FILE`, appends one line of results per file (for the report).
    static func record(_ name: String, coverage: Double, distinct: Double, labels: Int, turns: Int, fragments: Int, paragraphs: Int) {
        guard let path = ProcessInfo.processInfo.environment["OCTAVO_PROPERTY_REPORT"] else { return }
        let line = "\(name)\tcoverage=\(String(format: "%.4f", coverage))\tdistinct=\(String(format: "%.4f", distinct))"
            + "\tlabels=\(labels)\tturns=\(turns)\tfragments=\(fragments)/\(paragraphs)\n"
        if let handle = FileHandle(forWritingAtPath: path) { handle.seekToEndOfFile(); handle.write(Data(line.utf8)); try? handle.close() }
        else { try? line.write(toFile: path, atomically: true, encoding: .utf8) }
    }

    /// Neighbouring paragraphs (body text, outside line blocks and lists) where the first does
    /// not end a sentence or clause and the second starts in lower case.
    static func fragmentPairs(in document: Document) -> [String] {
        let paragraphs = paragraphTexts(in: document)
        var pairs: [String] = []
        for (a, b) in zip(paragraphs, paragraphs.dropFirst()) where !a.isEmpty && !b.isEmpty {
            guard let first = b.unicodeScalars.first, first.properties.isLowercase, let last = a.last else { continue }
            if !".?!:;\"”’)]…—-".contains(last) { pairs.append("\(a.suffix(30)) | \(b.prefix(30))") }
        }
        return pairs
    }

    /// The text of each body paragraph in order, with an empty string for each boundary
    /// (heading, list, line block).
    static func paragraphTexts(in document: Document) -> [String] {
        var paragraphs: [String] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case let .paragraph(inlines): paragraphs.append(Inline.plainText(of: inlines))
                case let .division(_, children), let .blockQuote(children): walk(children)
                default: paragraphs.append("") // a boundary: headings, lists, line blocks
                }
            }
        }
        walk(document.blocks)
        return paragraphs
    }

    /// Labels found with plain patterns, independent of ``SpeakerLabels``: capitalised names with
    /// a colon, `Q` with a gap, bold `**Name:**`, `Speaker N:`.
    static func speakerLabels(in input: String) -> [String] {
        var labels: [String] = []
        let capital = #/^(?:\d{1,2}\s{2,})?\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?([A-Z][A-Z.'’ -]{1,40}[A-Z.]):\s/#
        let bold = #/^\*\*([^*]{1,60}):\*\*/#
        let numbered = #/^(Speaker ?\d+):/#
        let question = #/^Q(?:\t| {2,}|: )/#
        let ignore: Set<String> = ["NOTE", "NOTICE", "APPEARANCES", "WHEREAS", "RESOLVED"]
        for raw in input.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = raw.trimmingPrefix(while: { $0 == " " })
            if let m = line.firstMatch(of: capital) ?? raw.firstMatch(of: capital), !ignore.contains(String(m.1)) { labels.append(String(m.1)) }
            else if let m = line.firstMatch(of: bold) { labels.append(String(m.1)) }
            else if let m = line.firstMatch(of: numbered) { labels.append(String(m.1)) }
            else if line.firstMatch(of: question) != nil { labels.append("Q") }
        }
        return labels
    }

    static func turnSpeakers(in document: Document) -> [String] {
        var speakers: [String] = []
        document.blocks.visit(block: { block in
            if case let .division(attributes, _) = block, attributes.hasClass(Conventions.Class.turn),
               let speaker = attributes[Conventions.Key.speaker] { speakers.append(speaker) }
        })
        return speakers
    }

    /// Labels that do not appear, in order, among the turns.
    static func missingInOrder(_ labels: [String], within turns: [String]) -> [String] {
        var j = 0
        var missing: [String] = []
        for label in labels {
            var k = j
            while k < turns.count, turns[k] != label { k += 1 }
            if k < turns.count { j = k + 1 } else { missing.append(label) }
        }
        return missing
    }

    /// Lines the reader reported as removed: per-line diagnostics saying "removed", and the
    /// line lists of summaries ("lines 1, 2, …") and ranges ("lines 1–8").
    static func removedLines(_ diagnostics: [Diagnostic]) -> Set<Int> {
        var lines: Set<Int> = []
        for d in diagnostics where d.message.hasPrefix("removed") || d.message.hasPrefix("front matter") || d.message.hasPrefix("attached") {
            if let line = d.line { lines.insert(line) }
            if let range = d.message.firstMatch(of: #/lines (\d+)–(\d+)/#), let a = Int(range.1), let b = Int(range.2), a <= b {
                for n in a...b { lines.insert(n) }
            } else if let list = d.message.firstMatch(of: #/\(lines ([\d, ]+)/#) {
                for n in list.1.split(separator: ",") { if let v = Int(n.trimmingPrefix(while: { $0 == " " })) { lines.insert(v) } }
            }
        }
        return lines
    }

    struct Coverage { var ratio: Double; var missing: [String] }

    /// The share of the input's distinct words (letters only, lower-cased) found anywhere in the
    /// output. Not counted: lines the reader reported as removed, YAML front matter, HTML comments and Liquid tags, markup, and for
    /// subtitles the header, `NOTE` lines, timing lines and cue numbers. A word hyphenated at a
    /// line end counts joined, or as both halves when the output keeps the hyphen.
    static func distinctWordRecall(input: String, output: String, isSubtitle: Bool, removedLines: Set<Int>) -> Coverage {
        var text = input.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            .map { removedLines.contains($0.offset + 1) ? "" : String($0.element) }.joined(separator: "\n")
        if let front = text.firstMatch(of: #/^\x{FEFF}?---[ \t]*\n(?s:.*?)\n(?:---|\.\.\.)[ \t]*\n/#) { text.removeSubrange(front.range) }
        text = text.replacing(#/(?s)<!--.*?-->|\{%.*?%\}|\{\{.*?\}\}/#, with: " ")
        let headers = ["WEBVTT", "NOTE", "STYLE", "Kind:", "Language:"]
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            !(isSubtitle && (line.contains("-->") || (!line.isEmpty && line.allSatisfy(\.isNumber)) || headers.contains { line.hasPrefix($0) }))
        }
        text = kept.joined(separator: "\n").replacing(#/<[^>]*>|\{[^}]*\}/#, with: " ")
        var halves: [String: (String, String)] = [:]
        for m in text.matches(of: #/(\p{L}+)-[ \t]*\n[ \t]*(\p{L}+)/#) {
            halves[(m.1 + m.2).lowercased()] = (m.1.lowercased(), m.2.lowercased())
        }
        text = text.replacing(#/(\p{L}+)-[ \t]*\n[ \t]*(\p{L}+)/#) { $0.1 + $0.2 }
        let letters: (Character) -> Bool = { !$0.isLetter }
        let want = Set(text.lowercased().split(whereSeparator: letters).map(String.init))
        let got = Set(output.lowercased().split(whereSeparator: letters).map(String.init))
        let missing = want.filter { w in !got.contains(w) && !(halves[w].map { got.contains($0.0) && got.contains($0.1) } ?? false) }
        return Coverage(ratio: want.isEmpty ? 1 : 1 - Double(missing.count) / Double(want.count), missing: missing.sorted())
    }

    /// The share of input words found in the output in order (a greedy ordered match with a
    /// look-ahead window). Not counted: removed lines, subtitle timing lines and cue numbers,
    /// time codes, margin and page numbers, markup (`<tags>`, `{attributes}`), hyphens.
    static func wordCoverage(input: String, output: String, removedLines: Set<Int>) -> Coverage {
        var kept: [String] = []
        for (offset, raw) in input.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            if removedLines.contains(offset + 1) { continue }
            let line = raw.trimmingPrefix(while: { $0 == " " || $0 == "\t" })
            if line.contains("-->") || line.hasPrefix("WEBVTT") || line.allSatisfy({ $0.isNumber || $0 == "\r" }) { continue }
            kept.append(String(line))
        }
        var text = kept.joined(separator: "\n")
        text = text.replacing(#/-\s*\n\s*/#, with: "").replacing("-", with: "")
        text = text.replacing(#/<[^>\n]*>/#, with: " ").replacing(#/\{[:#%][^}\n]*\}/#, with: " ")
        text = text.replacing(#/\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?/#, with: " ")
        text = text.replacing(#/(?m)^\s*\d{1,2}(?=\s{2,}|$)/#, with: " ")
        let out = output.replacing("-", with: "").replacing(#/\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?/#, with: " ")
        let a = words(text), b = words(out)
        var j = 0, matched = 0
        var missing: [String] = []
        for (i, word) in a.enumerated() {
            // Match at once when the next output word is it; skip ahead only to a place where
            // the next two input words follow as well, so a common word cannot derail the match.
            if j < b.count, b[j] == word { matched += 1; j += 1; continue }
            var k = j + 1
            let limit = min(b.count, j + 2000)
            var found = false
            while k < limit {
                if b[k] == word, anchored(a, i, b, k) { found = true; break }
                k += 1
            }
            if found { matched += 1; j = k + 1 } else { missing.append(word) }
        }
        return Coverage(ratio: a.isEmpty ? 1 : Double(matched) / Double(a.count), missing: missing)
    }

    private static func anchored(_ a: [String], _ i: Int, _ b: [String], _ k: Int) -> Bool {
        for d in 1...2 where i + d < a.count {
            guard k + d < b.count, a[i + d] == b[k + d] else { return false }
        }
        return true
    }

    static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}

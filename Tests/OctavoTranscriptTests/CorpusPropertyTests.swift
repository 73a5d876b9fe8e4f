import Foundation
import OctavoCore
import Testing
@testable import OctavoTranscript

/// The properties every corpus transcript must have after reading (issue 5, "Done when").
@Suite struct CorpusPropertyTests {
    /// Every corpus file, plus those in `OCTAVO_EXTRA_TRANSCRIPTS` (a folder) when set.
    static var files: [URL] {
        var folders = [Transcript.corpus]
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
        //    followed by one that starts in lower case (prose only; captions are cut by time).
        let fragments = PropertyChecks.fragmentPairs(in: document)
        if !isSubtitle {
            #expect(fragments.isEmpty, "fragments: \(fragments.prefix(3))")
        }

        // 3. Every speaker label of the input is a turn with the right speaker, in order.
        let labels = PropertyChecks.speakerLabels(in: String(decoding: data, as: UTF8.self))
        let turns = PropertyChecks.turnSpeakers(in: document)
        let missing = PropertyChecks.missingInOrder(labels, within: turns)
        #expect(missing.isEmpty, "labels not found as turns: \(missing.prefix(5))")

        // 4. At least 99% of the input's words (less what was removed and reported) appear in order.
        let coverage = PropertyChecks.wordCoverage(input: String(decoding: data, as: UTF8.self), output: output,
                                                   removedLines: PropertyChecks.removedLines(diagnostics))
        #expect(coverage.ratio >= 0.99, "word coverage \(coverage.ratio) (\(coverage.missing.prefix(20)))")
        PropertyChecks.record(file.lastPathComponent, coverage: coverage.ratio, labels: labels.count, turns: turns.count,
                              fragments: fragments.count)
    }
}

/// The checks behind ``CorpusPropertyTests``, each independent of the reader's own rules.
enum PropertyChecks {
    /// With `OCTAVO_PROPERTY_REPORT=FILE`, appends one line of results per file (for the report).
    static func record(_ name: String, coverage: Double, labels: Int, turns: Int, fragments: Int) {
        guard let path = ProcessInfo.processInfo.environment["OCTAVO_PROPERTY_REPORT"] else { return }
        let line = "\(name)\tcoverage=\(String(format: "%.4f", coverage))\tlabels=\(labels)\tturns=\(turns)\tfragments=\(fragments)\n"
        if let handle = FileHandle(forWritingAtPath: path) { handle.seekToEndOfFile(); handle.write(Data(line.utf8)); try? handle.close() }
        else { try? line.write(toFile: path, atomically: true, encoding: .utf8) }
    }

    /// Neighbouring paragraphs (body text, outside line blocks and lists) where the first does
    /// not end a sentence or clause and the second starts in lower case.
    static func fragmentPairs(in document: Document) -> [String] {
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
        var pairs: [String] = []
        for (a, b) in zip(paragraphs, paragraphs.dropFirst()) where !a.isEmpty && !b.isEmpty {
            guard let first = b.unicodeScalars.first, first.properties.isLowercase, let last = a.last else { continue }
            if !".?!:;\"”’)]…—-".contains(last) { pairs.append("\(a.suffix(30)) | \(b.prefix(30))") }
        }
        return pairs
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

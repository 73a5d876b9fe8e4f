import Foundation
import OctavoCore

/// Reads pasted plain text, speaker transcripts and subtitle files (SRT, WebVTT) into a
/// structured document: articles with titles and bylines, speaker turns, block quotes,
/// footnotes, lists and line blocks, without the page furniture, link remnants, time codes and
/// encoding damage that pasting leaves behind.
///
/// Every decision is a named rule (`Rules/`, `Subtitles/`); each reports what it removed or
/// reshaped as a diagnostic whose source is `transcript.<rule>`. See docs/transcripts.md.
public struct TranscriptReader: DocumentReader {
    public let format = FormatDescription(
        name: "transcript", aliases: ["txt", "text-transcript", "srt", "vtt", "webvtt", "subtitles"],
        extensions: ["txt", "srt", "vtt"],
        summary: "Pasted text, speaker transcripts and subtitles (SRT, WebVTT), cleaned up into structure")

    public init() {}

    public func read(_ input: InputSource, context: ConversionContext) throws -> Document {
        let log = RuleLog(context: context, file: input.displayName)
        var split: LineSplitter.Split
        let decoded: TextDecoder.Report
        (split, decoded) = TextDecoder.withUTF8(input.data) { LineSplitter.split($0, log: log) }
        if split.replacedSequences > 0 {
            log.report("decoding", "replaced \(split.replacedSequences) invalid UTF-8 sequence(s) with U+FFFD", line: nil, severity: .warning)
        }
        if decoded.droppedNULs > 0 { log.report("decoding", "dropped \(decoded.droppedNULs) NUL character(s)", line: nil, severity: .warning) }
        if decoded.encoding != "UTF-8" { log.report("decoding", "decoded \(decoded.encoding) (byte-order mark)", line: nil) }
        var lines: [SourceLine] = []
        swap(&lines, &split.lines) // moved, not shared: the rules below change lines in place

        var metadata = Metadata()
        var paras: [Para]
        if WebVTTParser.looksLikeWebVTT(lines) {
            paras = CueFlow.paragraphs(WebVTTParser.parse(lines, log: log), log: log)
        } else if SRTParser.looksLikeSRT(lines) {
            paras = CueFlow.paragraphs(SRTParser.parse(lines, log: log), log: log)
        } else {
            FrontMatter.apply(to: &lines, metadata: &metadata, log: log)
            MarkdownResidue.apply(to: &lines, log: log)
            PageFurniture.apply(to: &lines, log: log)
            paras = Segmenter(lines: lines, log: log).paragraphs()
        }
        var classifier = ParagraphClassifier(log: log)
        classifier.classify(&paras)
        let builder = OutlineBuilder(inlines: InlineBuilder(keepTimestamps: context.options.keepTimestamps),
                                     notes: classifier.notes, articleMode: classifier.articleMode)
        let output = builder.build(paras)
        log.flush()

        if metadata.title == nil {
            metadata.title = output.articleTitles.first ?? (output.headingTitles.count == 1 ? output.headingTitles[0] : nil)
        }
        if output.bylines.count == 1, let byline = output.bylines.first {
            if metadata.authors.isEmpty { metadata.authors = [byline.author] }
            metadata.date = metadata.date ?? byline.date
            metadata.siteName = metadata.siteName ?? byline.source
        }
        return Document(metadata: metadata, blocks: output.blocks, sourcePath: input.path)
    }

    /// High for `WEBVTT` headers and SRT cue patterns; low but positive for other text.
    public func sniff(_ prefix: [UInt8]) -> Double {
        var bytes = prefix[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: Array("WEBVTT".utf8)) { return 0.95 }
        let text = String(decoding: bytes.prefix(512), as: UTF8.self)
        let head = text.split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: true).map { String($0).trimming(" \r") }
        if head.count >= 2, head[0].allSatisfy(\.isASCIIDigit), CueTiming.parse(Substring(head[1])) != nil { return 0.9 }
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { return 0.2 }
        if bytes.isEmpty || bytes.contains(0) { return 0 }
        let control = bytes.prefix(1024).filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }.count
        return control == 0 ? 0.1 : 0
    }
}

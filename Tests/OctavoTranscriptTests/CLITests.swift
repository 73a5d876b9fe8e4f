import Foundation
import OctavoTestSupport
import Testing

/// End-to-end runs of the built `octavo` binary with the transcript reader.
@Suite struct TranscriptCLITests {
    @Test func sampleToTextDropsRemnantsAndReportsThem() throws {
        let result = try CommandRunner.octavo(["convert", Transcript.sample.path, "-f", "transcript", "-t", "text", "--wrap", "none", "--verbose"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdoutText.contains("Read complete article here."))
        #expect(result.stdoutText.contains("Steppe on fire: Kazakhstan’s color revolution"))
        #expect(result.stderr.contains("[transcript.boilerplate]"))
    }

    @Test func keepBoilerplateKeepsThem() throws {
        let result = try CommandRunner.octavo(["convert", Transcript.sample.path, "-f", "transcript", "-t", "text", "--keep-boilerplate"])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("Read complete article here."))
    }

    @Test func webVTTOnStandardInputIsSniffed() throws {
        let vtt = "WEBVTT\n\n00:00:04.000 --> 00:00:06.120\nVideo isn't just about pictures,\n\n00:00:06.121 --> 00:00:07.920\nit's also about sound.\n"
        let result = try CommandRunner.octavo(["convert", "-", "-t", "text", "--wrap", "none"], stdin: Data(vtt.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines) == "Video isn't just about pictures, it's also about sound.")
    }

    @Test func keepTimestampsShowsThem() throws {
        let text = "**Kevin Ball:** Yes \\[unintelligible 00:03:10.02\\] indeed.\n"
        let plain = try CommandRunner.octavo(["convert", "-", "-f", "transcript", "-t", "text"], stdin: Data(text.utf8))
        #expect(plain.stdoutText.contains("Kevin Ball: Yes [unintelligible] indeed."))
        let kept = try CommandRunner.octavo(["convert", "-", "-f", "transcript", "-t", "text", "--keep-timestamps"], stdin: Data(text.utf8))
        #expect(kept.stdoutText.contains("[unintelligible 00:03:10.02]"))
    }

    /// A turn's time code is printed once under `--keep-timestamps`, in text and Markdown alike.
    @Test func keptTimestampIsPrintedOnce() throws {
        let text = "[00:00:01] Host: Welcome back to the show.\n[00:00:05] Guest: Thanks for having me.\n"
        for format in ["text", "markdown"] {
            let kept = try CommandRunner.octavo(["convert", "-", "-f", "transcript", "-t", format, "--keep-timestamps"], stdin: Data(text.utf8))
            #expect(kept.status == 0, "\(kept.stderr)")
            #expect(kept.stdoutText.components(separatedBy: "00:00:01").count == 2, "\(format): \(kept.stdoutText)")
            #expect(kept.stdoutText.components(separatedBy: "00:00:05").count == 2, "\(format): \(kept.stdoutText)")
            #expect(kept.stdoutText.contains("Welcome back to the show."))
        }
    }
}

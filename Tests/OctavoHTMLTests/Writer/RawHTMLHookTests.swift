import OctavoCore
@testable import OctavoHTML
import Testing

/// The hook of the one raw-HTML pass: it sees the raw elements, and only those.
@Suite struct RawHTMLHookTests {
    /// Records the elements it sees; moves links, replaces images by their alt text, renames ids.
    final class Recorder: RawHTMLHook {
        var seen: [String] = []
        func rewrite(_ element: inout RawHTMLElement) {
            seen.append(element.name)
            if element.attribute("href") != nil { element.setAttribute("href", "moved.html") }
            if let id = element.attribute("id") { element.setAttribute("id", "new-" + id) }
            if element.name == "img" { element.replacementText = "[" + (element.attribute("alt") ?? "") + "]" }
        }
    }

    @Test func hookSeesOnlyTheRawElementsOfAMarkedRun() {
        let html = "<em>model</em>" + HTMLSanitizer.rawStart + #"<a href="x" class="k" onclick="y()">"# + HTMLSanitizer.rawEnd
            + "<strong>inside</strong>" + HTMLSanitizer.rawStart + #"</a><img src="p.png" alt="pic"><script>x</script>"#
            + HTMLSanitizer.rawEnd + #"<a href="model.html">m</a>"#
        let recorder = Recorder()
        let out = HTMLSanitizer.sanitize(html, policy: .safe, phrasingOnly: true, xhtml: true, maxDepth: 100, context: nil,
                                         hook: recorder, regions: .marked)
        #expect(recorder.seen == ["a", "img"], "neither model elements nor dropped ones are shown")
        #expect(out == #"<em>model</em><a class="k" href="moved.html"><strong>inside</strong></a>[pic]<a href="model.html">m</a>"#)
    }

    @Test func writerMarksRawPiecesOnlyForAHook() {
        let blocks: [Block] = [
            .paragraph([.text("a "), .raw(format: "html", text: #"<b id="x">"#), .emphasis([.text("e")]),
                        .raw(format: "html", text: "</b> <!--/octavo-raw--><i id=\"y\">i</i>")]),
            .raw(format: "html", text: #"<p id="z">block</p>"#),
        ]
        let context = ConversionContext()
        let writer = HTMLWriter(options: HTMLWriterOptions(xhtml: true, headingIDs: .explicitOnly, rawHTML: .keep))
        let recorder = Recorder()
        let hooked = writer.renderFragment(blocks, context: context, rawHTMLHook: recorder).html
        #expect(recorder.seen == ["b", "i", "p"], "a raw piece cannot end its own marking")
        #expect(hooked == "<p>a <b id=\"new-x\"><em>e</em></b> <!--/octavo_raw--><i id=\"new-y\">i</i></p>\n<p id=\"new-z\">block</p>\n")
        let plain = writer.renderFragment(blocks, context: context).html
        #expect(plain == "<p>a <b id=\"x\"><em>e</em></b> <!--/octavo-raw--><i id=\"y\">i</i></p>\n<p id=\"z\">block</p>\n",
                "without a hook, raw HTML is written as before")
    }
}

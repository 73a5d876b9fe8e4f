import Testing

/// The normalizer must forgive only what does not matter.
@Suite struct HTMLNormalizerTests {
    func same(_ a: String, _ b: String) -> Bool { HTMLNormalizer.normalize(a) == HTMLNormalizer.normalize(b) }

    @Test func forgivesAttributeOrderEntityFormsVoidSlashesAndBlockWhitespace() {
        #expect(same(#"<a title="t" href="x">y</a>"#, #"<a href="x" title="t">y</a>"#))
        #expect(same("<p>&quot;a&quot; &#x27;b&#39;</p>", "<p>\"a\" 'b'</p>"))
        #expect(same("<p>a<br />\nb</p>\n<ul>\n  <li>x</li>\n</ul>\n", "<p>a<br>\nb</p><ul><li>x</li></ul>"))
        #expect(same("<p>a  \n b</p>", "<p>a b</p>"))
    }

    @Test func keepsDifferencesThatMatter() {
        #expect(!same("<p>a</p>", "<p>b</p>"))
        #expect(!same("<p><em>a</em></p>", "<p><strong>a</strong></p>"))
        #expect(!same(#"<a href="x">y</a>"#, #"<a href="z">y</a>"#))
        #expect(!same("<pre><code>a  b\n</code></pre>", "<pre><code>a b\n</code></pre>"))
        #expect(!same("<p>a b</p>", "<p>ab</p>"))
        #expect(!same("<section data-footnotes>", #"<section data-footnotes="">"#))
        #expect(!same("<p>&lt;b&gt;</p>", "<p><b></p>"))
    }
}

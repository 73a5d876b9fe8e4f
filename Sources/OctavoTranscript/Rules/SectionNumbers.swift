/// Rule `section-numbers`: slip opinions and reports number their parts on a centred line of
/// their own (`I`, `II`, `A`, `B`) between paragraphs, with no blank line around. Such a line is
/// a heading: a Roman numeral at level 2, a capital letter at level 3. It is never a speaker
/// (`A` is not an answer) and never joins the text around it. (A centred bare number, `1`, reads
/// as a page number: ``PageFurniture`` removes and reports it.)
enum SectionNumbers {
    static let rule = "section-numbers"

    /// The heading level of `line` when it is a centred part number in a block whose usual
    /// indentation is `modal`.
    static func level(_ line: SourceLine, modal: Int) -> Int? {
        guard line.indent != Int.max, line.indent >= modal + 10 else { return nil }
        let content = line.content
        guard !content.isEmpty, content.utf8.count <= 5 else { return nil }
        if content.utf8.allSatisfy({ "IVXL".utf8.contains($0) }) { return content.utf8.count == 1 && content != "I" ? 3 : 2 }
        if content.utf8.count == 1, let b = content.utf8.first, b >= 0x41, b <= 0x5A { return 3 }
        return nil
    }
}

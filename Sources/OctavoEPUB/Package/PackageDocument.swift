import OctavoCore
import OctavoHTML
/// The package document (`content.opf`): metadata, manifest and spine.
enum PackageDocument {
    static func xml(metadata m: PackageMetadata, identifier: String, items: [ManifestItem], spine: [String], coverImageID: String?,
                    accessibility: AccessibilityFacts) -> String {
        var x = """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="\(e(m.language))">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="book-id">\(e(identifier))</dc:identifier>
            <dc:title id="title">\(e(m.title))</dc:title>

        """
        if let subtitle = m.subtitle {
            x += "    <meta refines=\"#title\" property=\"title-type\">main</meta>\n"
            x += "    <dc:title id=\"subtitle\">\(e(subtitle))</dc:title>\n"
            x += "    <meta refines=\"#subtitle\" property=\"title-type\">subtitle</meta>\n"
        }
        for (index, creator) in m.creators.enumerated() {
            let id = "creator-\(index + 1)"
            x += "    <dc:creator id=\"\(id)\">\(e(creator.name))</dc:creator>\n"
            x += "    <meta refines=\"#\(id)\" property=\"role\" scheme=\"marc:relators\">aut</meta>\n"
            if let fileAs = creator.fileAs { x += "    <meta refines=\"#\(id)\" property=\"file-as\">\(e(fileAs))</meta>\n" }
        }
        x += "    <dc:language>\(e(m.language))</dc:language>\n"
        if let date = m.date { x += "    <dc:date>\(e(date))</dc:date>\n" }
        if let publisher = m.publisher { x += "    <dc:publisher>\(e(publisher))</dc:publisher>\n" }
        if let description = m.description { x += "    <dc:description>\(e(description))</dc:description>\n" }
        for subject in m.subjects { x += "    <dc:subject>\(e(subject))</dc:subject>\n" }
        if let rights = m.rights { x += "    <dc:rights>\(e(rights))</dc:rights>\n" }
        for source in m.sources { x += "    <dc:source>\(e(source))</dc:source>\n" }
        x += "    <meta property=\"dcterms:modified\">\(m.modified)</meta>\n"
        x += accessibilityMetadata(accessibility)
        if let coverImageID { x += "    <meta name=\"cover\" content=\"\(e(coverImageID))\"/>\n" }
        x += "  </metadata>\n  <manifest>\n"
        for item in items {
            let properties = item.properties.map { " properties=\"\($0)\"" } ?? ""
            x += "    <item id=\"\(e(item.id))\" href=\"\(e(item.href))\" media-type=\"\(item.mediaType)\"\(properties)/>\n"
        }
        x += "  </manifest>\n  <spine toc=\"ncx\">\n"
        for id in spine {
            x += "    <itemref idref=\"\(e(id))\"/>\n"
        }
        x += "  </spine>\n</package>\n"
        return x
    }

    private static func accessibilityMetadata(_ facts: AccessibilityFacts) -> String {
        let visual = facts.imageCount > 0 || facts.hasCover
        var modes = ["textual"]
        if visual { modes.append("visual") }
        var sufficient = ["textual"]
        if visual && !facts.allImagesDescribed { sufficient = ["textual,visual"] }
        var features = ["structuralNavigation", "tableOfContents", "readingOrder"]
        if facts.imageCount > 0 && facts.allImagesDescribed { features.append("alternativeText") }
        var summary = "Reflowable text with a table of contents, headings for structure and a logical reading order."
        if facts.imageCount > 0 {
            summary += facts.allImagesDescribed
                ? " Every image has a text alternative."
                : " Some images have no text alternative (\(facts.imagesWithoutAlt) of \(facts.imageCount))."
        }
        var x = ""
        for mode in modes { x += "    <meta property=\"schema:accessMode\">\(mode)</meta>\n" }
        for mode in sufficient { x += "    <meta property=\"schema:accessModeSufficient\">\(mode)</meta>\n" }
        for feature in features { x += "    <meta property=\"schema:accessibilityFeature\">\(feature)</meta>\n" }
        x += "    <meta property=\"schema:accessibilityHazard\">none</meta>\n"
        x += "    <meta property=\"schema:accessibilitySummary\">\(summary)</meta>\n"
        return x
    }

    private static func e(_ text: String) -> String { MarkupEscaping.escaped(text) }
}

/// A line that only credits a picture or counts a gallery's pictures: `Photo: Hau Dinh, AP`,
/// `(Image credit: Blue Origin)`, `Image 2 of 5`. It belongs to the picture, which the book keeps
/// with its caption; alone on its line it is chrome.
struct CreditLineRule: BoilerplateRule {
    static let maximumLength = 80
    /// Labels a credit opens with, in the languages of the web's largest news sites.
    static let labels = ["photo", "photos", "image", "images", "picture", "pictures", "photograph", "credit", "image credit",
                         "photo credit", "picture credit", "foto", "fotos", "bild", "crédit photo", "crédito"]
    /// Words a gallery counter is written with (`Image 2 of 5`, `Foto 1 de 4`, `1/4`).
    static let counterWords: Set<String> = ["image", "photo", "picture", "slide", "foto", "bild", "of", "de", "von", "di", "sur"]

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks where block.length <= Self.maximumLength
            && (Self.isCredit(block.text) || Self.isCounter(block.text)) {
            dropped[block.index] = true
        }
    }

    /// Whether `text` is a label from ``labels``, a colon and a short name, perhaps in parentheses.
    static func isCredit(_ text: String) -> Bool {
        var line = Substring(text.lowercased())
        if line.hasPrefix("("), line.hasSuffix(")") { line = line.dropFirst().dropLast() }
        guard let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon].split(separator: " ").joined(separator: " ")
        let name = line[line.index(after: colon)...].split(separator: " ").joined(separator: " ")
        return labels.contains(label) && !name.isEmpty && !name.contains(where: { "!?".contains($0) })
            && name.split(separator: " ").count <= 8
    }

    /// Whether `text` counts pictures: two numbers and at most counter words (`Image 2 of 5`, `2/5`).
    static func isCounter(_ text: String) -> Bool {
        // An ASCII line with any other character (most short lines have punctuation) is no counter.
        if text.utf8.allSatisfy({ $0 < 0x80 }),
           !text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x2F || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0 & 0xDF) }) {
            return false
        }
        let lower = text.lowercased()
        let numbers = lower.split { !$0.isNumber }
        let words = lower.split { !$0.isLetter }.map(String.init)
        return numbers.count == 2 && words.allSatisfy(counterWords.contains) && (words.count > 0 || lower.contains("/"))
            && lower.allSatisfy { $0.isLetter || $0.isNumber || " /".contains($0) }
    }
}

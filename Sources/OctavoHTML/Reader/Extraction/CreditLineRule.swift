/// A line that only credits a picture or counts a gallery's pictures: `Photo: Hau Dinh, AP`,
/// `(Image credit: Blue Origin)`, `Credit…Doug Mills/The New York Times`, a photographer and an
/// agency (`Alex Wong | Getty Images`, `Sakib Ali/Hindustan Times/Getty Images`), `Image 2 of 5`.
/// It belongs to the picture, which the book keeps with its caption; alone on its line it is
/// chrome. Inside a figure (not a text block) a credit stays with the caption, as Readability
/// keeps it.
struct CreditLineRule: BoilerplateRule {
    static let maximumLength = 80
    /// Labels a credit opens with, in the languages of the web's largest news sites.
    static let labels = ["photo", "photos", "image", "images", "picture", "pictures", "photograph", "credit", "image credit",
                         "photo credit", "picture credit", "foto", "fotos", "bild", "crédit photo", "crédito"]
    /// Words a gallery counter is written with (`Image 2 of 5`, `Foto 1 de 4`, `1/4`).
    static let counterWords: Set<String> = ["image", "photo", "picture", "slide", "foto", "bild", "of", "de", "von", "di", "sur"]

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks where block.length <= Self.maximumLength
            && (Self.isCredit(block.text, lowercased: block.lowercased) || Self.isCounter(block.text, lowercased: block.lowercased)
                || (block.length <= Self.maximumAgencyCreditLength && Self.isAgencyCredit(block.text))) {
            dropped[block.index] = true
        }
    }

    /// Whether `text` is a label from ``labels``, a colon and a short name, perhaps in parentheses.
    static func isCredit(_ text: String) -> Bool {
        isCredit(text, lowercased: text.lowercased())
    }

    /// What sets a credit's label apart from the name.
    static let separators = PhraseSet([":", "…", "..."])

    /// ``isCredit(_:)`` with the text's lowercase form at hand.
    static func isCredit(_ text: String, lowercased: String) -> Bool {
        // A credit sets its label apart with a colon or an ellipsis (`…`, `...`): a line without one is none.
        guard separators.occurs(in: text) else { return false }
        var line = Substring(lowercased)
        if line.hasPrefix("("), line.hasSuffix(")") { line = line.dropFirst().dropLast() }
        // `Credit…Name` and `Credit...Name` set the label apart with an ellipsis instead of a colon.
        for ellipsis in ["…", "..."] where !line.contains(":") {
            if let label = labels.first(where: { line.hasPrefix($0 + ellipsis) }) {
                line = Substring(label + ": " + line.dropFirst(label.count + ellipsis.count))
                break
            }
        }
        guard let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon].split(separator: " ").joined(separator: " ")
        let name = line[line.index(after: colon)...].split(separator: " ").joined(separator: " ")
        return labels.contains(label) && !name.isEmpty && !name.contains(where: { "!?".contains($0) })
            && name.split(separator: " ").count <= 8
    }

    /// Words an agency credit may hold uncapitalised (`Getty Images for Ithaca Holdings`).
    static let creditJoiners: Set<String> = ["of", "for", "via", "and", "the", "de", "von"]
    static let maximumAgencyCreditLength = 60

    /// Whether `text` is a photographer's name and the agencies behind it, set apart by slashes or
    /// bars (`Jason Cipriani/ZDNet`, `Alex Wong | Getty Images`): two to four capitalised words,
    /// then one or more capitalised parts, and no sentence punctuation. `AC/DC` is not one.
    static func isAgencyCredit(_ text: String) -> Bool {
        // Without a slash or a bar there are no parts to read.
        guard text.utf8.contains(where: { $0 == 0x2F || $0 == 0x7C }) else { return false }
        guard text.count <= maximumAgencyCreditLength, !text.contains(where: { ".,;:!?()\"“”".contains($0) }) else { return false }
        let parts = text.split { $0 == "/" || $0 == "|" }.map { $0.split(separator: " ") }
        guard parts.count >= 2, (2...4).contains(parts[0].count), parts.allSatisfy({ !$0.isEmpty }) else { return false }
        return parts.joined().allSatisfy { word in
            creditJoiners.contains(String(word)) || word.first?.isUppercase == true || word.first?.isNumber == true
        }
    }

    /// Whether `text` counts pictures: two numbers and at most counter words (`Image 2 of 5`, `2/5`).
    static func isCounter(_ text: String) -> Bool {
        isCounter(text, lowercased: text.lowercased())
    }

    /// ``isCounter(_:)`` with the text's lowercase form at hand.
    static func isCounter(_ text: String, lowercased lower: String) -> Bool {
        // An ASCII line with any other character (most short lines have punctuation) is no counter.
        if text.utf8.allSatisfy({ $0 < 0x80 }),
           !text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x2F || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0 & 0xDF) }) {
            return false
        }
        let numbers = lower.split { !$0.isNumber }
        let words = lower.split { !$0.isLetter }.map(String.init)
        return numbers.count == 2 && words.allSatisfy(counterWords.contains) && (words.count > 0 || lower.contains("/"))
            && lower.allSatisfy { $0.isLetter || $0.isNumber || " /".contains($0) }
    }
}

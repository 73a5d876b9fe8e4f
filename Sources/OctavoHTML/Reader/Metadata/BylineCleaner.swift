/// Reduces a page's byline to the names it gives: `By Jane Doe` → `Jane Doe`, `Bryan DeArdo
/// @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read` → `Bryan DeArdo`, `TOM KRISHER, AP Auto
/// Writer` → `TOM KRISHER`.
///
/// 1. A leading `By` (`By:`, `Von`, `Par`, `Por`, `Written by`, `Text:`…) goes.
/// 2. The byline ends where a handle (`@name`), a date or time (`Nov 18, 2019`, `23/08/2018`,
///    `9:24 pm`, `Monday, November 18`), a dateline word (`Published`, `Updated`) or a reading
///    time (`2 min read`) starts: what follows is the page's header, not a name. A date glued to
///    the name (`Lucas Nolan22 Dec 2016`, `Jeff FoustMonday, November 18, 2019`) counts too.
/// 3. Separators left at either end (`•`, `|`, `/`, `–`, `—`, `-`, `,`) go.
/// 4. A role after the last comma goes when it is clearly one (`Staff Writer`, `AP National
///    Security Writer`: a few words ending with a role word); an agency or a degree stays
///    (`Sandee LaMotte, CNN`, `Ilana Muhlstein, MS, RDN`).
///
/// Several names stay as they are (`Lisa Kaczke and Trevor J. Mitchell`, `A, B`). A byline that
/// is nothing but a date becomes empty.
enum BylineCleaner {
    /// Words that open a byline before the name, without case (a colon may follow).
    static let leadingLabels = [["written", "by"], ["posted", "by"], ["reported", "by"], ["story", "by"], ["by"], ["von"],
                                ["par"], ["por"], ["text"], ["texto"], ["words"], ["author"], ["authors"], ["autor"],
                                ["auteur"], ["текст"], ["автор"]]
    /// Labels that open a byline only with a colon (`Text: Jane Doe`; `Words` alone may be a name).
    static let colonOnlyLabels: Set<String> = ["text", "texto", "words", "author", "authors", "autor", "auteur", "текст", "автор"]
    /// Month names and their usual abbreviations, in English, French, German, Spanish, Portuguese and Italian.
    static let months: Set<String> = Set(("january february march april may june july august september october november december "
        + "jan feb mar apr jun jul aug sep sept oct nov dec "
        + "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
        + "januar februar märz juni juli oktober dezember "
        + "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
        + "janeiro fevereiro março maio junho julho setembro outubro dezembro "
        + "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre").split(separator: " ").map(String.init))
    /// Weekday names (English and the languages above) and the English abbreviations.
    static let weekdays: Set<String> = Set(("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
        + "lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag "
        + "lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica")
        .split(separator: " ").map(String.init))
    /// Words that open a dateline inside a byline.
    static let datelineWords: Set<String> = ["published", "updated", "posted", "modified", "publié", "veröffentlicht", "publicado",
                                             "atualizado", "actualizado", "pubblicato", "aggiornato"]
    /// Words of a reading time (`2 min read`).
    static let readingTimeWords: Set<String> = ["min", "mins", "minute", "minutes"]
    /// Words a role ends with (`AP Auto Writer`, `Senior Editor`).
    static let roleWords: Set<String> = ["writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor",
                                         "editors", "columnist", "contributor", "producer", "journalist", "photographer",
                                         "staff", "intern", "analyst", "critic"]
    /// A role after a comma has this many words at most.
    static let maximumRoleWords = 5
    /// Characters that separate a byline's parts, trimmed at its ends.
    static let separators: Set<Character> = ["•", "·", "|", "/", "–", "—", "-", ",", ":", ";"]

    /// The names in `text` (see the type's description); empty when it gives none.
    static func clean(_ text: String) -> String {
        var pieces = split(Whitespace.collapse(text))
        pieces = Array(pieces.dropFirst(labelLength(pieces.map(\.word))))
        if let tail = tailStart(pieces.map(\.word)) { pieces = Array(pieces[..<tail]) }
        // Pieces split apart only to find a glued date are joined again.
        let joined = pieces.enumerated().map { $1.glued || $0 == 0 ? $1.word : " " + $1.word }.joined()
        return droppingRole(trimSeparators(joined))
    }

    /// The words of `text`, with a number or a capitalised weekday glued to the word before it
    /// set apart (`Nolan22` → `Nolan`, `22`; `FoustMonday,` → `Foust`, `Monday,`); `glued` says
    /// that a piece was part of the word before.
    static func split(_ text: String) -> [(word: String, glued: Bool)] {
        var pieces: [(word: String, glued: Bool)] = []
        for word in text.split(separator: " ") {
            var rest = Substring(word), glued = false
            while let cut = gluedStart(rest) {
                pieces.append((String(rest[..<cut]), glued))
                rest = rest[cut...]
                glued = true
            }
            pieces.append((String(rest), glued))
        }
        return pieces
    }

    /// Where a number or a weekday name starts right after a lowercase letter in `word`, if it does.
    private static func gluedStart(_ word: Substring) -> Substring.Index? {
        var previous: Character?
        for index in word.indices {
            let character = word[index]
            defer { previous = character }
            guard let before = previous, before.isLowercase else { continue }
            if character.isNumber { return index }
            if character.isUppercase, weekdays.contains(letters(word[index...]).lowercased()) { return index }
        }
        return nil
    }

    /// How many of `words` make a leading label (`By`, `Written by`, `Text:`).
    static func labelLength(_ words: [String]) -> Int {
        let lower = words.prefix(2).map { $0.lowercased() }
        for label in leadingLabels where label.count < words.count && lower.count >= label.count {
            let last = lower[label.count - 1]
            let matchesWords = zip(label, lower).dropLast().allSatisfy { $0 == $1 }
            guard matchesWords else { continue }
            if last == label.last! + ":" { return label.count }
            if last == label.last!, !colonOnlyLabels.contains(label.last!) { return label.count }
        }
        return 0
    }

    /// The index of the first word of `words` where the byline's header part starts (a handle, a
    /// date or time, a dateline word, a reading time), if any.
    static func tailStart(_ words: [String]) -> Int? {
        let lower = words.map { letters(Substring($0)).lowercased() }
        for (position, word) in words.enumerated() {
            let next = position + 1 < words.count ? words[position + 1] : nil
            if word.hasPrefix("@"), word.count > 1 { return position }
            if datelineWords.contains(lower[position]) { return position }
            if months.contains(lower[position]), let next, startsWithDigit(next) { return position }
            if weekdays.contains(lower[position]), let next,
               startsWithDigit(next) || months.contains(letters(Substring(next)).lowercased()) { return position }
            if isNumericDate(word) || isTime(word) { return position }
            if startsWithDigit(word), word.allSatisfy({ $0.isNumber || ".,".contains($0) }), let next {
                let following = letters(Substring(next)).lowercased()
                if months.contains(following) || readingTimeWords.contains(following) { return position }
            }
        }
        return nil
    }

    /// `23/08/2018`, `2019-11-18`, `11.18.19`: digits in three groups set apart by one kind of separator.
    static func isNumericDate(_ word: String) -> Bool {
        let trimmed = word.trimmingTrailing { ",.;".contains($0) }
        for separator in ["/", "-", "."] as [Character] {
            let groups = trimmed.split(separator: separator, omittingEmptySubsequences: false)
            if groups.count == 3, groups.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(\.isASCIIDigitCharacter) }) {
                return true
            }
        }
        return false
    }

    /// `9:24`, `11:04pm`, `19:09,`: hours and minutes.
    static func isTime(_ word: String) -> Bool {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, (1...2).contains(parts[0].count), parts[0].allSatisfy(\.isASCIIDigitCharacter)
        else { return false }
        let minutes = parts[1].prefix { $0.isASCIIDigitCharacter }
        return minutes.count == 2
    }

    private static func startsWithDigit(_ word: String) -> Bool {
        word.first?.isASCIIDigitCharacter == true
    }

    /// `word` without punctuation at its ends (`Nov.` → `Nov`, `(Monday,` → `Monday`).
    private static func letters(_ word: Substring) -> Substring {
        let start = word.firstIndex { $0.isLetter || $0.isNumber } ?? word.endIndex
        let end = word.lastIndex { $0.isLetter || $0.isNumber }.map { word.index(after: $0) } ?? start
        return start < end ? word[start..<end] : ""
    }

    /// `text` without separators and spaces at its ends.
    static func trimSeparators(_ text: String) -> String {
        let isEdge: (Character) -> Bool = { $0.isWhitespace || separators.contains($0) }
        guard let start = text.firstIndex(where: { !isEdge($0) }), let end = text.lastIndex(where: { !isEdge($0) }) else { return "" }
        return String(text[start...end])
    }

    /// `text` without a role after its last comma (`TOM KRISHER, AP Auto Writer` → `TOM KRISHER`).
    static func droppingRole(_ text: String) -> String {
        guard let comma = text.lastIndex(of: ",") else { return text }
        let role = text[text.index(after: comma)...].split(separator: " ")
        guard let last = role.last, role.count <= maximumRoleWords, roleWords.contains(letters(last).lowercased()) else { return text }
        let name = trimSeparators(String(text[..<comma]))
        return name.isEmpty ? text : name
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

private extension String {
    func trimmingTrailing(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}

/// A line that is nothing but a date or a time (`November 20, 2019`, `18 Nov 2019, 19:09`,
/// `segunda-feira, 22 de janeiro de 2018 às 0:13`): the article's publication stamp set apart
/// from its byline. The date is in the metadata and the book's header. A line with any other word
/// stays (``DatelineRule`` handles labelled ones).
struct TimestampRule: BoilerplateRule {
    static let maximumLength = 60

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks where block.length <= Self.maximumLength && Self.isTimestamp(block.text) {
            dropped[block.index] = true
        }
        // A date in a `span` beside the byline's block is no text block of its own. (A `<time>` standing
        // alone is left: Readability keeps it, and the readability folder's expected output holds it.)
        for (i, text) in blocks.standaloneInlines(named: ["span", "small"], maximumLength: Self.maximumLength, dropped: dropped)
            where Self.isTimestamp(text) {
            dropped[i] = true
        }
    }

    /// Month and weekday names (and their usual abbreviations), in English, French, German,
    /// Spanish, Portuguese and Italian, with the few small words dates are written with.
    static let dateWords: Set<String> = {
        let english = "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun am pm a.m p.m gmt utc bst est edt cst cdt mst mdt pst pdt cet cest et pt at of on"
        let others = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche le à "
            + "januar februar märz april juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag um uhr "
            + "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo de del a las "
            + "janeiro fevereiro março maio junho julho setembro outubro dezembro segunda terça quarta quinta sexta feira sábado às "
            + "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica alle ore"
        return Set((english + " " + others).split(separator: " ").map(String.init))
    }()

    /// Whether `text` holds a year and no word but date words. A time alone (`4:14 p.m.`) is a
    /// live blog's entry stamp, which is content.
    static func isTimestamp(_ text: String) -> Bool {
        // An ASCII line without a digit holds no year.
        if text.utf8.allSatisfy({ $0 < 0x80 }), !text.utf8.contains(where: { (0x30...0x39).contains($0) }) { return false }
        guard text.split(whereSeparator: { !$0.isNumber }).contains(where: { $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) })
        else { return false }
        let words = text.lowercased().split { !($0.isLetter || $0 == ".") }
            .map { String($0.filter { $0 != "." }) }.filter { !$0.isEmpty }
        return !words.isEmpty && words.allSatisfy { dateWords.contains($0) || $0.split(separator: "-").allSatisfy { dateWords.contains(String($0)) } }
            || words.isEmpty && text.filter(\.isNumber).count >= 6 && text.allSatisfy { $0.isNumber || " /.-:,|".contains($0) }
    }
}

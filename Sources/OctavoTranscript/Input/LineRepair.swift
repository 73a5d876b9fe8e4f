/// The repairs every line gets as it is split off: mojibake (``Mojibake``), invisible and
/// control characters (``InvisibleCharacters``) and trailing blanks. Lines of plain ASCII
/// without control characters only lose their trailing blanks.
enum LineRepair {
    static func repair(_ line: inout SourceLine, log: RuleLog) {
        let flags = line.flags
        if flags.isDisjoint(with: [.nonASCII, .control]) {
            if let last = line.text.utf8.last, last == 0x20 || last == 0x09 {
                line.setText(InvisibleCharacters.trimTrailing(line.text))
                line.flags = flags
            }
            return
        }
        var text = line.text
        if let fixed = Mojibake.repair(text) {
            text = fixed
            log.count(Mojibake.rule, "repaired windows-1252 mojibake", line: line.number)
        }
        let (cleaned, changed) = InvisibleCharacters.clean(text)
        if changed { log.count(InvisibleCharacters.rule, "replaced non-breaking spaces and removed invisible characters", line: line.number) }
        if cleaned != line.text {
            line.setText(cleaned)
            line.flags = flags.subtracting(.control)
        }
    }
}

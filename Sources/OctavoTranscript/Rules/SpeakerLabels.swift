import OctavoCore

/// Rule `speakers`: a label at the start of a line that opens a speaker's turn.
///
/// Recognised forms: capitalised labels with a colon (`MS. PSAKI:`, `THE PRESIDENT:`,
/// `ACTING PRESIDENT KUHL:`, `COUNCILMEMBER SØRENSEN:`), `Q` / `A` (with a colon, a period or a
/// wide gap), `Speaker 1:`, bold labels (`**Kevin Ball:**`), `>> NAME:` caption chevrons, a name
/// with a time code (`Jane Doe  00:03`, `Jane Doe (00:03):`), Congressional Record openings
/// (`Ms. WASSERMAN SCHULTZ.`, `The SPEAKER pro tempore.`) and mixed-case `Name:` labels that the
/// document repeats (see ``repeatedNames``).
enum SpeakerLabels {
    static let rule = "speakers"

    struct Match {
        var speaker: String
        var timestamp: String?
        /// What follows the label on the same line.
        var rest: Substring
    }

    /// Capitalised words that introduce something other than a speaker.
    static let notSpeakers: Set<String> = [
        "NOTE", "NOTICE", "WHEREAS", "RESOLVED", "WARNING", "UPDATE", "EDITOR'S NOTE", "SOURCE", "APPEARANCES",
        "PRESENT", "ALSO PRESENT", "PROCEEDINGS", "AGENDA", "SUBJECT", "RE", "TO", "FROM", "CC", "DATE", "TIME",
        "PLACE", "LOCATION", "EXHIBIT", "EXHIBITS", "INDEX", "CONTENTS", "TRANSCRIPT", "HELD", "ORDER", "PS", "P.S",
        "NB", "N.B", "FAQ", "TL;DR", "TLDR", "URL", "EDIT", "CORRECTION", "DISCLAIMER", "SUMMARY", "BACKGROUND",
        "ISSUE", "WITNESSES", "APPEARING", "ATTENDEES", "BY",
    ]

    /// Matches a label at the start of `line` (already without indentation). `knownNames` holds
    /// mixed-case names the document uses as labels more than once.
    static func match(_ line: Substring, knownNames: Set<String> = []) -> Match? {
        var s = line
        if s.utf8.first == 0x3E, s.hasPrefix(">>") { s = s.dropFirst(2).drop(while: { $0 == " " }) }
        guard let first = s.utf8.first else { return nil }
        if first == 0x2A, s.hasPrefix("**") { return bold(s) }
        if first == 0x51 || first == 0x41 { if let m = questionAnswer(s) { return m } } // Q, A
        if let m = colonLabel(s, knownNames: knownNames) { return m }
        if let last = s.utf8.last, (last >= 0x30 && last <= 0x39) || last == 0x3A || last == 0x29 || last == 0x5D,
           let m = timedName(s) { return m }
        if first == 0x4D || first == 0x44 || first == 0x54, let m = congressional(s) { return m } // M, D, T
        return nil
    }

    /// The byte offset of the first `:` among the first `limit` bytes.
    static func colonOffset(_ s: Substring, within limit: Int) -> Int? {
        let found: Int?? = s.utf8.withContiguousStorageIfAvailable { buffer in
            let n = min(limit, buffer.count)
            for i in 0..<n where buffer[i] == 0x3A { return i }
            return nil
        }
        if let found { return found }
        return s.utf8.prefix(limit).firstIndex(of: 0x3A).map { s.utf8.distance(from: s.utf8.startIndex, to: $0) }
    }

    /// `Q`, `Q:`, `Q.`, `Q    text`, and the same for `A`.
    private static func questionAnswer(_ s: Substring) -> Match? {
        let u = Array(s.utf8.prefix(3))
        let letter = String(UnicodeScalar(u[0]))
        if u.count == 1 { return Match(speaker: letter, rest: "") }
        if u[1] == 0x3A || u[1] == 0x2E {
            if u.count == 2 || u[2] == 0x20 || u[2] == 0x09 { return Match(speaker: letter, rest: s.dropFirst(2).drop(while: { $0 == " " || $0 == "\t" })) }
            return nil
        }
        if u[1] == 0x09 || (u[1] == 0x20 && u.count == 3 && (u[2] == 0x20 || u[2] == 0x09)) {
            return Match(speaker: letter, rest: s.dropFirst(1).drop(while: { $0 == " " || $0 == "\t" }))
        }
        return nil
    }

    /// `**Name:** text` or `**Name**: text`.
    private static func bold(_ s: Substring) -> Match? {
        let body = s.dropFirst(2)
        guard let close = body.range(of: "**") else { return nil }
        var name = body[..<close.lowerBound]
        var rest = body[close.upperBound...]
        if name.hasSuffix(":") { name = name.dropLast() } else if rest.hasPrefix(":") { rest = rest.dropFirst() } else { return nil }
        let trimmed = name.trimmingPrefix(while: { $0 == " " })
        guard !trimmed.isEmpty, trimmed.count <= 60, !trimmed.contains(":") || trimmed.count < 30 else { return nil }
        var match = Match(speaker: String(trimmed), rest: rest.drop(while: { $0 == " " || $0 == "\t" }))
        splitTime(&match)
        return match
    }

    /// `NAME:` with a capitalised (or repeated) name of at most six words.
    private static func colonLabel(_ s: Substring, knownNames: Set<String>) -> Match? {
        guard let offset = colonOffset(s, within: 50) else { return nil }
        let colon = s.utf8.index(s.utf8.startIndex, offsetBy: offset)
        let name = s[..<colon]
        guard name.utf8.count >= 1, name.utf8.count <= 48, let last = name.last, last != " " else { return nil }
        let after = s[s.index(after: colon)...]
        if let next = after.unicodeScalars.first, next != " ", next != "\t", !next.properties.isUppercase { return nil } // 12:30, http://
        let rest = after.drop(while: { $0 == " " || $0 == "\t" })
        var match = Match(speaker: String(name), rest: rest)
        splitTime(&match)
        let label = match.speaker
        if isCapitalLabel(label) {
            // A capital label's only lower-case letters are the `c` of `Mc`.
            let upper = label.utf8.contains(0x63) ? label.uppercased() : label
            guard !notSpeakers.contains(upper) else { return nil }
            return match
        }
        if isNumberedSpeaker(label) || knownNames.contains(label) { return match }
        return nil
    }

    /// `Jane Doe  00:03` or `Jane Doe (00:03):` / `Jane Doe [00:03:10]` on a line of its own.
    private static func timedName(_ s: Substring) -> Match? {
        guard let space = s.lastIndex(of: " ") else { return nil }
        var tail = s[s.index(after: space)...]
        if tail.hasSuffix(":") { tail = tail.dropLast() }
        guard let (time, rest) = Timestamps.leading(tail), rest.isEmpty else { return nil }
        var name = s[..<space]; while name.hasSuffix(" ") { name = name.dropLast() }
        guard isNameLike(name) else { return nil }
        return Match(speaker: String(name), timestamp: time, rest: "")
    }

    /// `Mr. SMITH.`, `Ms. WASSERMAN SCHULTZ.`, `The SPEAKER pro tempore.`, `The CHAIR.`
    private static func congressional(_ s: Substring) -> Match? {
        let titles = ["Mr. ", "Ms. ", "Mrs. ", "Miss ", "Dr. ", "The "]
        guard let title = titles.first(where: { s.hasPrefix($0) }) else { return nil }
        let body = s.dropFirst(title.count)
        guard let stop = body.firstIndex(of: ".") else { return nil }
        var name = body[..<stop]
        if title == "The ", name.hasSuffix(" pro tempore") { name = name.dropLast(" pro tempore".count) }
        let words = name.split(separator: " ")
        func isCapitals(_ w: Substring) -> Bool { w.count >= 2 && w.allSatisfy { $0.isUppercase || $0 == "-" || $0 == "'" } }
        // `Mr. SMITH.`, `Mr. SMITH of Texas.`, `The Acting CHAIR.`: at least one word in capitals.
        guard !words.isEmpty, words.count <= 5, words.contains(where: isCapitals),
              words.allSatisfy({ w in isCapitals(w) || w == "of" || w.hasPrefix("Mc") || (w.first?.isUppercase ?? false) })
        else { return nil }
        let after = body[body.index(after: stop)...]
        guard after.isEmpty || after.hasPrefix(" ") else { return nil }
        return Match(speaker: String(s[..<stop]), rest: after.drop(while: { $0 == " " }))
    }

    private static func splitTime(_ match: inout Match) {
        // `Name (00:03)`, `Name [00:03:10]`, `Name 00:03`
        let u = match.speaker.utf8
        guard let space = u.lastIndex(of: 0x20) else { return }
        let tail = match.speaker[u.index(after: space)...]
        if let (time, rest) = Timestamps.leading(tail), rest.isEmpty {
            match.timestamp = time
            match.speaker = String(match.speaker[..<space]).trimming(" ")
        }
    }

    /// The name of a `Name:` label opening `content`, if it looks like one.
    private static func labelName(_ content: Substring) -> Substring? {
        guard let lead = content.utf8.first, (lead >= 0x41 && lead <= 0x5A) || lead >= 0x80,
              let offset = Self.colonOffset(content, within: 60) else { return nil }
        let colon = content.utf8.index(content.utf8.startIndex, offsetBy: offset)
        var name = content[..<colon]
        if let open = name.lastIndex(where: { $0 == "(" || $0 == "[" }), Timestamps.leading(name[open...]) != nil {
            name = name[..<open] // `Jane Doe (00:03):`
            while name.hasSuffix(" ") { name = name.dropLast() }
        }
        let after = content[content.index(after: colon)...]
        guard after.isEmpty || after.hasPrefix(" ") || after.hasPrefix("\t"), isNameLike(name) else { return nil }
        return name
    }

    /// Every letter upper case (allowing `Mc`, digits, `.`, `'`, `-`, spaces), at most six words.
    static func isCapitalLabel(_ name: String) -> Bool {
        var letters = 0, words = 1
        var previous: Unicode.Scalar = " "
        for c in name.unicodeScalars {
            if c == " " { if previous != " " { words += 1 } }
            else if c.isASCII {
                let v = c.value
                if v >= 0x61 && v <= 0x7A { if !(previous == "M" && c == "c") { return false } ; letters += 1 }
                else if v >= 0x41 && v <= 0x5A { letters += 1 }
                else if !(c == "." || c == "'" || c == "-" || (v >= 0x30 && v <= 0x39) || c == "(" || c == ")" || c == ",") { return false }
            } else if c.properties.isAlphabetic {
                if c.properties.isLowercase { return false }
                letters += 1
            } else if c != "’" {
                return false
            }
            previous = c
        }
        return letters >= 2 && words <= 6
    }

    /// `Speaker 1`, `Speaker4`, `SPEAKER_02`, `Unknown Speaker`, `Interviewer`, `Participant 3`.
    static func isNumberedSpeaker(_ name: String) -> Bool {
        let lower = name.lowercased()
        for prefix in ["speaker", "participant", "caller", "guest", "panelist", "audience member", "unknown speaker", "interviewer", "interviewee", "host", "moderator"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count).drop(while: { $0 == " " || $0 == "_" || $0 == "-" })
            if rest.isEmpty || rest.allSatisfy(\.isNumber) || (rest.count == 1 && rest.first!.isLetter) { return true }
        }
        return false
    }

    /// One to four capitalised words (a person's name).
    static func isNameLike(_ name: Substring) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 60 else { return false }
        var words = 0
        var atWordStart = true
        for scalar in name.unicodeScalars {
            if scalar == " " { atWordStart = true; continue }
            if atWordStart {
                words += 1
                guard words <= 4, scalar.properties.isUppercase || ("0"..."9").contains(scalar) else { return false }
                atWordStart = false
            }
        }
        return words >= 1
    }

    /// Mixed-case `Name:` labels used at least twice at the start of a line: a transcript's cast.
    static func repeatedNames(in lines: [SourceLine]) -> Set<String> {
        var counts: [Substring: Int] = [:]
        // By index, not by value: copying each line would retain and release its text.
        for index in lines.indices where !lines[index].removed && !lines[index].isBlank {
            guard let name = labelName(lines[index].content) else { continue }
            counts[name, default: 0] += 1
        }
        var names: Set<String> = []
        for (name, n) in counts where n >= 2 && !notSpeakers.contains(name.uppercased()) { names.insert(String(name)) }
        return names
    }
}

/// Rule `timestamps`: recognises time codes (`00:12:31`, `0:04`, `01:02:03.45`, `00:03:10,020`)
/// at the start of a line (`[00:12:31] text`, `(01:02) text`), lines holding only a time
/// (`0:04`, `{time}  1045`), and times inside stage directions (`[unintelligible 00:03:10.02]`).
///
/// By default the time leaves the text and is kept as the `timestamp` attribute of the turn or
/// paragraph; with `--keep-timestamps` it stays in the text as well.
enum Timestamps {
    static let rule = "timestamps"

    /// The length in UTF-8 bytes of a time code at the start of `s`, or `nil`.
    static func timeCodeLength(_ s: Substring.UTF8View) -> Int? {
        var i = s.startIndex
        var groups = 0
        var length = 0
        func digits() -> Int {
            var n = 0
            while i != s.endIndex, s[i] >= 0x30, s[i] <= 0x39, n < 3 { n += 1; i = s.index(after: i) }
            return n
        }
        let first = digits()
        guard first >= 1, first <= 2 else { return nil }
        length += first
        groups = 1
        while groups < 3, i != s.endIndex, s[i] == 0x3A {
            let save = i
            i = s.index(after: i)
            let n = digits()
            guard n == 2 else { i = save; break }
            length += 3
            groups += 1
        }
        guard groups >= 2 else { return nil }
        if i != s.endIndex, s[i] == 0x2E || s[i] == 0x2C {
            var j = s.index(after: i)
            var n = 0
            while j != s.endIndex, s[j] >= 0x30, s[j] <= 0x39, n < 3 { n += 1; j = s.index(after: j) }
            if n >= 1 { length += 1 + n; i = j }
        }
        if i != s.endIndex, isWordByte(s[i]) { return nil }
        return length
    }

    /// A time code wrapped in `[…]`, `(…)` or bare, at the start of `s`: the time and the rest.
    static func leading(_ s: Substring) -> (time: String, rest: Substring)? {
        let u = s.utf8
        guard let first = u.first, first == 0x5B || first == 0x28 || (first >= 0x30 && first <= 0x39) else { return nil }
        var body = s
        var closer: UInt8? = nil
        if first == 0x5B { closer = 0x5D } else if first == 0x28 { closer = 0x29 }
        if closer != nil { body = s.dropFirst() }
        guard let n = timeCodeLength(body.utf8) else { return nil }
        let timeEnd = body.utf8.index(body.utf8.startIndex, offsetBy: n)
        var restStart = timeEnd
        if let closer {
            guard restStart != body.utf8.endIndex, body.utf8[restStart] == closer else { return nil }
            restStart = body.utf8.index(after: restStart)
        } else {
            guard restStart == body.utf8.endIndex || body.utf8[restStart] == 0x20 || body.utf8[restStart] == 0x09 else { return nil }
        }
        let time = String(body[body.startIndex..<timeEnd])
        let rest = body[restStart...].drop(while: { $0 == " " || $0 == "\t" })
        if closer == nil, isClockSuffix(rest) { return nil } // 7:06 P.M. is a time of day, not a time code
        return (time, rest)
    }

    /// `a.m.`, `P.M.`, `am`, `PM`, `EST` after a clock time.
    static func isClockSuffix(_ rest: Substring) -> Bool {
        let word = rest.prefix(while: { $0 != " " }).lowercased().replacingOccurrences(of: ".", with: "")
        return ["am", "pm", "est", "edt", "pst", "pdt", "cst", "cdt", "utc", "gmt", "o'clock", "hours", "hrs"].contains(word)
    }

    /// A line holding only a time (`0:04`, `[00:12:31]`, `{time}  1045`): the time.
    static func lineOnly(_ s: Substring) -> String? {
        guard let lead = s.utf8.first, lead == 0x7B || lead == 0x5B || lead == 0x28 || (lead >= 0x30 && lead <= 0x39) else { return nil }
        if lead == 0x7B, s.hasPrefix("{time}") {
            let digits = s.dropFirst(6).drop(while: { $0 == " " || $0 == "\t" })
            guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit) else { return nil }
            return "\(digits.prefix(2)):\(digits.suffix(2))"
        }
        guard let (time, rest) = leading(s), rest.isEmpty else { return nil }
        return time
    }

    /// Finds a time code anywhere inside `s` (used inside stage directions): its range.
    static func firstTimeCode(in s: Substring) -> Range<Substring.Index>? {
        let u = s.utf8
        var i = u.startIndex
        var previousIsWord = false
        while i != u.endIndex {
            let byte = u[i]
            if byte >= 0x30, byte <= 0x39, !previousIsWord, let n = timeCodeLength(s[i...].utf8) {
                return i..<u.index(i, offsetBy: n)
            }
            previousIsWord = isWordByte(byte)
            i = u.index(after: i)
        }
        return nil
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// Rule `mojibake`: repairs UTF-8 that was once decoded as windows-1252 (`â€™` → `’`, `Ã©` → `é`).
///
/// A run of characters that all exist in windows-1252's upper half is turned back into those
/// bytes; when the bytes are valid UTF-8 holding at least one multi-byte character, the run is
/// replaced by what they spell. Genuine Latin-1 text (`café`) does not survive that test and stays.
enum Mojibake {
    static let rule = "mojibake"

    /// The repaired line, or `nil` when nothing changed.
    static func repair(_ text: String) -> String? {
        guard mayHoldMojibake(text) else { return nil }
        var out = String.UnicodeScalarView()
        var run: [UInt8] = []
        var runScalars: [Unicode.Scalar] = []
        var changed = false
        func flush() {
            guard !run.isEmpty else { return }
            if run.count >= 2, let fixed = String(validating: run, as: UTF8.self),
               fixed.unicodeScalars.contains(where: { $0.value > 0x7F }) {
                out.append(contentsOf: fixed.unicodeScalars)
                changed = true
            } else {
                out.append(contentsOf: runScalars)
            }
            run.removeAll(keepingCapacity: true)
            runScalars.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if let byte = windows1252Byte(scalar) {
                run.append(byte)
                runScalars.append(scalar)
            } else {
                flush()
                out.append(scalar)
            }
        }
        flush()
        return changed ? String(out) : nil
    }

    /// Whether a character from U+00C0–U+00FF (or `Â`) is followed directly by one from
    /// U+0080–U+00BF or windows-1252's specials: how every damaged sequence starts. Genuine
    /// accented letters are followed by ASCII or by other letters, so most lines stop here.
    static func mayHoldMojibake(_ text: String) -> Bool {
        var found = false
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i + 2 < n {
                let b = bytes[i]
                if b == 0xC3 || b == 0xC2 {
                    let next = bytes[i + 2]
                    if next == 0xC2 || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2 { found = true; return }
                    i += 2
                } else {
                    i += 1
                }
            }
        }
        return found
    }

    /// The windows-1252 byte that displays as `scalar`, for the upper half only.
    static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v >= 0xA0 && v <= 0xFF { return UInt8(v) }
        if v >= 0x80 && v <= 0x9F { return UInt8(v) } // undefined slots pass through as C1 controls
        return specials[v]
    }

    private static let specials: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}

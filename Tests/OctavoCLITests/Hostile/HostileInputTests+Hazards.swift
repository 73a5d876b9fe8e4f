import Foundation

extension HostileInputTests {
    /// The first construct in `html` that would run script in a browser, if any: a script-like
    /// element, an event-handler attribute, or an attribute whose value (entities decoded,
    /// whitespace and control characters removed, as browsers do) is a `javascript:`, `vbscript:`
    /// or `data:text/html` URL. Text content is not looked at: "javascript:" as text is harmless.
    static func scriptHazard(in html: String) -> String? {
        let lowered = html.lowercased()
        for element in ["<script", "<iframe", "<object", "<embed", "<frame"] where lowered.contains(element) {
            return element
        }
        let attribute = /\s([a-z_:][-a-z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+)/
        for match in lowered.matches(of: attribute) {
            let name = String(match.1)
            if name.hasPrefix("on") { return "\(name)=" }
            var value = Substring(match.2)
            if value.first == "\"" || value.first == "'" { value = value.dropFirst().dropLast() }
            let url = decodeEntities(String(value)).filter { !$0.isWhitespace && !($0.asciiValue.map { $0 < 0x20 } ?? false) }
            for scheme in ["javascript:", "vbscript:", "data:text/html"] where url.hasPrefix(scheme) {
                return "\(name)=\"\(scheme)…\""
            }
        }
        return nil
    }

    /// Decodes numeric character references and the named ones that matter for URL schemes.
    static func decodeEntities(_ text: String) -> String {
        var out = text
        for (name, value) in [("&colon;", ":"), ("&tab;", "\t"), ("&newline;", "\n"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: name, with: value)
        }
        return out.replacing(/&#(x[0-9a-f]+|[0-9]+);?/) { match in
            let digits = match.1
            let code = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
        }
    }
}

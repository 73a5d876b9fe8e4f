internal import CLibXML2

extension HTMLParser {
    /// Whether libxml2 (through iconv) can decode `name`, an IANA charset label.
    package static func canDecode(_ name: String) -> Bool {
        _ = initialisedForEncodings
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    private static let initialisedForEncodings: Bool = {
        xmlInitParser()
        return true
    }()
}

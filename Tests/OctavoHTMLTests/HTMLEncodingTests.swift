import Foundation
import OctavoCore
@testable import OctavoHTML
import Testing

@Suite struct HTMLEncodingTests {
    static func read(_ name: String) throws -> (String, [Diagnostic]) {
        let (document, diagnostics) = try ReaderHarness.read(try ReaderHarness.fixture("encoding/" + name), extraction: .off)
        return (ReaderHarness.text(document), diagnostics)
    }

    @Test func windows1252FromMetaCharset() throws {
        #expect(try Self.read("windows-1252-meta.html").0 == "Café – “quotes” — naïve € Œuvre")
    }

    @Test func latin1FromHTTPEquivReadsAsWindows1252() throws {
        #expect(try Self.read("iso-8859-1-http-equiv.html").0 == "Café naïve façade ½ ©")
    }

    @Test func iso88592ThroughLibxml2() throws {
        #expect(try Self.read("iso-8859-2-meta.html").0 == "Zażółć gęślą jaźń")
    }

    @Test func undeclaredNonUTF8FallsBackToWindows1252WithADiagnostic() throws {
        let (text, diagnostics) = try Self.read("undeclared-latin1.html")
        #expect(text == "Crème brûlée, déjà vu")
        #expect(diagnostics.contains { $0.source == "html.encoding" && $0.message.contains("windows-1252") })
    }

    @Test func byteOrderMarks() throws {
        #expect(try Self.read("utf8-bom.html").0 == "BOM: Grüße 日本")
        #expect(try Self.read("utf16le-bom.html").0 == "UTF-16: Grüße 日本")
    }

    @Test func brokenUTF8IsReplacedNotFatal() throws {
        let (text, diagnostics) = try Self.read("utf8-declared-broken.html")
        #expect(text.hasPrefix("Good ü then bad \u{FFFD}"))
        #expect(text.hasSuffix("end"))
        #expect(!diagnostics.isEmpty)
    }

    @Test func validUTF8WinsOverAWrongDeclaration() throws {
        #expect(try Self.read("wrong-declaration-utf8.html").0 == "Declared gb2312, really UTF-8: 人工智能 café")
    }

    @Test func sniffedCharsets() {
        #expect(CharsetSniffer.declaredCharset(Array(#"<meta charset="Shift_JIS">"#.utf8)) == "shift_jis")
        #expect(CharsetSniffer.declaredCharset(Array(#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=koi8-r">"#.utf8)) == "koi8-r")
        #expect(CharsetSniffer.declaredCharset(Array("<p>no meta</p>".utf8)) == nil)
    }
}
